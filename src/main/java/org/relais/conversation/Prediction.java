package org.relais.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the bot understood of a visitor message when it answered. */
@Embeddable
public class Prediction {
  @Column(name = "predicted_intent", length = 64)
  private String intent;

  @Column(name = "confidence")
  private Double confidence;

  @Column(name = "predicted_language", length = 8)
  private String language;

  @Column(name = "out_of_scope")
  private Boolean outOfScope;

  protected Prediction() {}

  public Prediction(String intent, double confidence, String language, boolean outOfScope) {
    this.intent = intent;
    this.confidence = confidence;
    this.language = language;
    this.outOfScope = outOfScope;
  }

  public String intent() {
    return intent;
  }

  public double confidence() {
    return confidence == null ? 0 : confidence;
  }

  public String language() {
    return language;
  }

  public boolean outOfScope() {
    return Boolean.TRUE.equals(outOfScope);
  }
}
