package org.relais.knowledge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A consistent, immutable view of the knowledge base (intents and the center's details): the bot
 * reads one snapshot per turn, and an admin's edit replaces the whole snapshot at once.
 *
 * @param centerDetails the details' French values, shown in any language without its own
 * @param centerTranslations by language, the details that have a value of their own in it
 */
public record Knowledge(
    Map<String, IntentKnowledge> intents,
    Map<String, String> centerDetails,
    Map<String, Map<String, String>> centerTranslations) {
  /** The language every answer exists in, used when the visitor's language has none. */
  public static final String FALLBACK_LANGUAGE = "fr";

  public static final Knowledge EMPTY = new Knowledge(Map.of(), Map.of());

  public Knowledge {
    intents = Map.copyOf(intents);
    centerDetails = Map.copyOf(centerDetails);
    Map<String, Map<String, String>> translations = new HashMap<>();
    centerTranslations.forEach(
        (language, values) -> translations.put(language, Map.copyOf(values)));
    centerTranslations = Map.copyOf(translations);
  }

  /** A knowledge base whose details are all in French. */
  public Knowledge(Map<String, IntentKnowledge> intents, Map<String, String> centerDetails) {
    this(intents, centerDetails, Map.of());
  }

  public Optional<IntentKnowledge> intent(String id) {
    return Optional.ofNullable(intents.get(id));
  }

  /** The details as an answer in {@code language} shows them: its own values, else French. */
  public Map<String, String> centerDetailsIn(String language) {
    Map<String, String> own = centerTranslations.getOrDefault(language, Map.of());
    if (own.isEmpty()) {
      return centerDetails;
    }
    Map<String, String> details = new HashMap<>(centerDetails);
    own.forEach((name, value) -> details.computeIfPresent(name, (n, french) -> value));
    return details;
  }
}
