package org.relais.nlp;

import java.util.List;

/**
 * What the classifier understood of one message.
 *
 * @param topIntents the most likely intents, best first, with calibrated probabilities (their sum
 *     is at most 1: the rest is the probability of "none of them")
 * @param language the message's language: fr, en, ar, es, fa, ps, uk, another ISO 639-1 code, or
 *     "und" when it cannot be told
 * @param outOfScope true when the bot should not answer from the knowledge base: the message
 *     matches no intent well enough, or is in a language the model was not trained on
 */
public record IntentPrediction(List<IntentScore> topIntents, String language, boolean outOfScope) {

  /** The id a prediction carries when it is out of scope. */
  public static final String OUT_OF_SCOPE = "oos";

  public IntentPrediction {
    topIntents = List.copyOf(topIntents);
  }

  /** The best intent's id, or {@value #OUT_OF_SCOPE} when out of scope. */
  public String intent() {
    return outOfScope || topIntents.isEmpty() ? OUT_OF_SCOPE : topIntents.get(0).intent();
  }

  /** The best intent's calibrated probability (also when out of scope: how close it came). */
  public double confidence() {
    return topIntents.isEmpty() ? 0.0 : topIntents.get(0).confidence();
  }
}
