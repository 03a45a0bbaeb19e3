package org.relais.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One intent as the bot sees it: an immutable copy of the knowledge base's row. */
public record IntentKnowledge(
    String id,
    String section,
    Handover handover,
    String escalateCondition,
    boolean escalatesOnYes,
    String emergencyNumber,
    List<String> quickReplies,
    Map<String, Wording> wordings) {
  public IntentKnowledge {
    quickReplies = List.copyOf(quickReplies);
    wordings = Map.copyOf(wordings);
  }

  public Optional<Wording> wording(String language) {
    return Optional.ofNullable(wordings.get(language));
  }

  /** The label in the language, else French, else the id. */
  public String label(String language) {
    return wording(language)
        .or(() -> wording(Knowledge.FALLBACK_LANGUAGE))
        .map(Wording::label)
        .filter(label -> label != null && !label.isBlank())
        .orElse(id);
  }
}
