package org.relais.knowledge;

import java.util.Map;
import java.util.Optional;

/**
 * A consistent, immutable view of the knowledge base (intents and the center's details): the bot
 * reads one snapshot per turn, and an admin's edit replaces the whole snapshot at once.
 */
public record Knowledge(Map<String, IntentKnowledge> intents, Map<String, String> centerDetails) {
  /** The language every answer exists in, used when the visitor's language has none. */
  public static final String FALLBACK_LANGUAGE = "fr";

  public static final Knowledge EMPTY = new Knowledge(Map.of(), Map.of());

  public Knowledge {
    intents = Map.copyOf(intents);
    centerDetails = Map.copyOf(centerDetails);
  }

  public Optional<IntentKnowledge> intent(String id) {
    return Optional.ofNullable(intents.get(id));
  }
}
