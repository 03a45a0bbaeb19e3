package org.relais.knowledge;

import java.time.LocalDate;
import java.util.List;

/** An intent's texts in one language, as the bot uses them. */
public record Wording(
    String label,
    String answer,
    String escalateQuestion,
    List<String> escalateKeywords,
    String emergencyLabel,
    List<String> sources,
    LocalDate lastVerified) {
  public Wording {
    escalateKeywords = escalateKeywords == null ? List.of() : List.copyOf(escalateKeywords);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
