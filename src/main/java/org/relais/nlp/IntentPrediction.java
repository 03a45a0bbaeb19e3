package org.relais.nlp;

import java.util.List;

/** What the pipeline understood of a message. */
public record IntentPrediction(List<IntentScore> topIntents, String language, boolean outOfScope) {
  public static final String OUT_OF_SCOPE = "oos";

  public IntentPrediction {
    topIntents = List.copyOf(topIntents);
  }

  /** The top intent, or {@link #OUT_OF_SCOPE}. */
  public String intent() {
    return outOfScope || topIntents.isEmpty() ? OUT_OF_SCOPE : topIntents.get(0).intent();
  }

  public double confidence() {
    return topIntents.isEmpty() ? 0 : topIntents.get(0).confidence();
  }
}
