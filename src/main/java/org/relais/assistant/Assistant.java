package org.relais.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.HandoverReason;
import org.relais.knowledge.BotPhrases;
import org.relais.knowledge.Handover;
import org.relais.knowledge.IntentKnowledge;
import org.relais.knowledge.Knowledge;
import org.relais.knowledge.Phrase;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentScore;

/**
 * The bot's turn: answer, clarify, or hand over. A confident wrong answer is worse than "I'll get
 * someone", so every doubt leans towards a person: out of scope, a safety intent, an intent the
 * brief escalates, a condition that shows, a request for a person, two misunderstood turns.
 *
 * <p>Pure: the classifier is passed in as a function, called only when the visitor typed something
 * that is neither a button, nor courtesy, nor an explicit request for a person.
 */
public final class Assistant {
  /** Kiosk languages: the bot's own phrases exist in all of them. */
  public static final Set<String> KIOSK_LANGUAGES =
      Set.of("fr", "en", "ar", "es", "fa", "ps", "uk");

  /**
   * Two intents are "close" when their calibrated confidences differ by less than this and the
   * second is at least {@link #CLARIFY_SECOND}: then the bot asks instead of guessing.
   */
  static final double CLARIFY_GAP = 0.15;

  static final double CLARIFY_SECOND = 0.20;

  /** Turns misunderstood in a row before a person takes over. */
  static final int MISUNDERSTOOD_LIMIT = 2;

  private final BotPhrases phrases;

  public Assistant(BotPhrases phrases) {
    this.phrases = phrases;
  }

  public BotDecision decide(
      ConversationState state,
      VisitorInput input,
      Knowledge knowledge,
      Function<String, IntentPrediction> understand) {
    if (state.status() != ConversationStatus.WITH_BOT) {
      return BotDecision.silent(state.language());
    }
    Turn turn = new Turn(state, knowledge);
    if (input.payload().isPresent()) {
      return turn.pressed(input.payload().get());
    }
    Optional<Phrase> courtesy = SmallTalk.courtesy(input.text());
    if (courtesy.isPresent()) {
      return turn.say(
          turn.composer.phrase(courtesy.get(), state.language()), Understanding.NEUTRAL);
    }
    if (SmallTalk.asksForAPerson(input.text())) {
      return turn.handOver(
          HandoverReason.ASKED_FOR_PERSON, false, Phrase.HANDOVER_ASKED, state.language());
    }
    return turn.understood(input.text(), understand.apply(input.text()));
  }

  /** One turn's working state. */
  private final class Turn {
    private final ConversationState state;
    private final Knowledge knowledge;
    private final AnswerComposer composer;

    Turn(ConversationState state, Knowledge knowledge) {
      this.state = state;
      this.knowledge = knowledge;
      this.composer = new AnswerComposer(knowledge, phrases);
    }

    BotDecision pressed(String payload) {
      String language = state.language();
      if (payload.equals(QuickReply.PERSON)) {
        return handOver(HandoverReason.ASKED_FOR_PERSON, false, Phrase.HANDOVER_ASKED, language);
      }
      if (payload.equals(QuickReply.YES) || payload.equals(QuickReply.NO)) {
        return checkAnswered(payload.equals(QuickReply.YES), language);
      }
      if (payload.equals(QuickReply.OTHER)) {
        return misunderstood(language, Optional.empty());
      }
      String intentId = payload.substring(QuickReply.INTENT_PREFIX.length());
      // The visitor's own choice: recorded as what the message meant, for statistics and training.
      Optional<IntentPrediction> chosen =
          Optional.of(
              new IntentPrediction(List.of(new IntentScore(intentId, 1.0)), language, false));
      return knowledge
          .intent(intentId)
          .map(intent -> answer(intent, language, "", chosen))
          .orElseGet(() -> misunderstood(language, Optional.empty()));
    }

    BotDecision understood(String text, IntentPrediction prediction) {
      String language =
          KIOSK_LANGUAGES.contains(prediction.language())
              ? prediction.language()
              : state.language();
      Optional<IntentPrediction> understanding = Optional.of(prediction);
      if (prediction.outOfScope()) {
        return handOver(HandoverReason.OUT_OF_SCOPE, false, Phrase.HANDOVER_OUT_OF_SCOPE, language)
            .withPrediction(understanding);
      }
      List<IntentKnowledge> close = closeCandidates(prediction);
      Optional<IntentKnowledge> safety =
          close.stream().filter(i -> i.handover() == Handover.URGENT).findFirst();
      if (safety.isPresent()) {
        return answer(safety.get(), language, text, understanding);
      }
      if (close.size() == 2) {
        if (state.misunderstoodTurns() + 1 >= MISUNDERSTOOD_LIMIT) {
          return misunderstood(language, understanding);
        }
        return new Decision(List.of(composer.clarify(close.get(0), close.get(1), language)))
            .understanding(Understanding.MISUNDERSTOOD)
            .withPrediction(understanding)
            .in(language);
      }
      return knowledge
          .intent(prediction.intent())
          .map(intent -> answer(intent, language, text, understanding))
          .orElseGet(
              () ->
                  handOver(
                          HandoverReason.OUT_OF_SCOPE,
                          false,
                          Phrase.HANDOVER_OUT_OF_SCOPE,
                          language)
                      .withPrediction(understanding));
    }

    /** The top intent alone, or the top two when they are too close to choose. */
    private List<IntentKnowledge> closeCandidates(IntentPrediction prediction) {
      List<IntentScore> top = prediction.topIntents();
      List<IntentKnowledge> candidates = new ArrayList<>();
      knowledge.intent(top.get(0).intent()).ifPresent(candidates::add);
      if (top.size() > 1
          && top.get(1).confidence() >= CLARIFY_SECOND
          && top.get(0).confidence() - top.get(1).confidence() < CLARIFY_GAP) {
        knowledge.intent(top.get(1).intent()).ifPresent(candidates::add);
      }
      return candidates;
    }

    BotDecision answer(
        IntentKnowledge intent,
        String language,
        String text,
        Optional<IntentPrediction> prediction) {
      switch (intent.handover()) {
        case URGENT:
          return new Decision(List.of(composer.answer(intent, language, List.of())))
              .handOver(HandoverReason.SAFETY, true)
              .withPrediction(prediction)
              .in(language);
        case ALWAYS:
          return new Decision(List.of(composer.answer(intent, language, List.of())))
              .handOver(HandoverReason.ESCALATED_INTENT, false)
              .withPrediction(prediction)
              .in(language);
        case CONDITIONAL:
          if (composer.conditionShows(intent, language, text)) {
            return new Decision(
                    List.of(
                        composer.answer(intent, language, List.of()),
                        composer.phrase(Phrase.HANDOVER_CONDITIONAL, language)))
                .handOver(HandoverReason.CONDITION, false)
                .withPrediction(prediction)
                .in(language);
          }
          return new Decision(
                  List.of(
                      composer.answer(intent, language, List.of()),
                      composer.checkQuestion(intent, language)))
              .understanding(Understanding.UNDERSTOOD)
              .awaiting(intent.id())
              .withPrediction(prediction)
              .in(language);
        default:
          return new Decision(List.of(composer.answer(intent, language, List.of())))
              .understanding(Understanding.UNDERSTOOD)
              .withPrediction(prediction)
              .in(language);
      }
    }

    private BotDecision checkAnswered(boolean yes, String language) {
      Optional<IntentKnowledge> checked = state.awaitingCheck().flatMap(knowledge::intent);
      if (checked.isEmpty()) {
        return say(composer.phrase(Phrase.ESCALATE_DECLINED, language), Understanding.NEUTRAL);
      }
      if (yes == checked.get().escalatesOnYes()) {
        return handOver(HandoverReason.CONDITION, false, Phrase.HANDOVER_CONDITIONAL, language);
      }
      return say(composer.phrase(Phrase.ESCALATE_DECLINED, language), Understanding.NEUTRAL);
    }

    private BotDecision misunderstood(String language, Optional<IntentPrediction> prediction) {
      if (state.misunderstoodTurns() + 1 >= MISUNDERSTOOD_LIMIT) {
        return handOver(
                HandoverReason.REPEATED_MISUNDERSTANDING,
                false,
                Phrase.HANDOVER_NOT_UNDERSTOOD,
                language)
            .withPrediction(prediction);
      }
      return new Decision(List.of(composer.phrase(Phrase.NOT_UNDERSTOOD, language)))
          .understanding(Understanding.MISUNDERSTOOD)
          .withPrediction(prediction)
          .in(language);
    }

    BotDecision handOver(HandoverReason reason, boolean urgent, Phrase phrase, String language) {
      return new Decision(List.of(composer.phrase(phrase, language)))
          .handOver(reason, urgent)
          .in(language);
    }

    BotDecision say(BotMessage message, Understanding understanding) {
      return new Decision(List.of(message)).understanding(understanding).in(state.language());
    }
  }

  /** Builds a {@link BotDecision} step by step. */
  private static final class Decision {
    private final List<BotMessage> messages;
    private Optional<Handoff> handoff = Optional.empty();
    private Understanding understanding = Understanding.NEUTRAL;
    private Optional<IntentPrediction> prediction = Optional.empty();
    private Optional<String> awaiting = Optional.empty();

    Decision(List<BotMessage> messages) {
      this.messages = messages;
    }

    Decision handOver(HandoverReason reason, boolean urgent) {
      handoff = Optional.of(new Handoff(reason, urgent));
      return this;
    }

    Decision understanding(Understanding value) {
      understanding = value;
      return this;
    }

    Decision withPrediction(Optional<IntentPrediction> value) {
      prediction = value;
      return this;
    }

    Decision awaiting(String intentId) {
      awaiting = Optional.of(intentId);
      return this;
    }

    BotDecision in(String language) {
      return new BotDecision(messages, handoff, understanding, prediction, awaiting, language);
    }
  }
}
