package org.relais.nlp;

import java.util.Set;

/**
 * The intents that must never be lost: a message that means one of them is classified as one of
 * them or as out of scope, and either way reaches a human (brief, section 14 and section 2).
 */
public final class SafetyIntents {

  public static final Set<String> IDS =
      Set.of(
          "urgence_medicale",
          "danger_immediat_police",
          "detresse_suicide",
          "violences",
          "mineur_enfant_danger");

  private SafetyIntents() {}

  public static boolean isSafety(String intent) {
    return IDS.contains(intent);
  }
}
