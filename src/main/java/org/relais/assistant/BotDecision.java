package org.relais.assistant;

import java.util.List;
import java.util.Optional;
import org.relais.nlp.IntentPrediction;

/**
 * The bot's turn, decided but not yet applied: what it says, whether it hands over, what it
 * understood of the visitor's message, and the conversation state this leaves.
 *
 * @param prediction what the classifier understood (absent for buttons and courtesy)
 * @param awaitingCheck the conditional intent whose yes/no question is now open, if any
 * @param language the conversation's language after this turn
 */
public record BotDecision(
    List<BotMessage> messages,
    Optional<Handoff> handoff,
    Understanding understanding,
    Optional<IntentPrediction> prediction,
    Optional<String> awaitingCheck,
    String language) {
  public BotDecision {
    messages = List.copyOf(messages);
  }

  /** The same decision, recording what the classifier understood. */
  public BotDecision withPrediction(Optional<IntentPrediction> understood) {
    return new BotDecision(messages, handoff, understanding, understood, awaitingCheck, language);
  }

  /** The bot says nothing: a person has the conversation. */
  public static BotDecision silent(String language) {
    return new BotDecision(
        List.of(),
        Optional.empty(),
        Understanding.NEUTRAL,
        Optional.empty(),
        Optional.empty(),
        language);
  }
}
