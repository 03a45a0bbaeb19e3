package org.relais.assistant;

/** A button under a bot message: the label shown and what pressing it means. */
public record QuickReply(String label, String payload) {
  public static final String PERSON = "person";
  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String OTHER = "other";
  public static final String INTENT_PREFIX = "intent:";

  public static QuickReply intent(String label, String intentId) {
    return new QuickReply(label, INTENT_PREFIX + intentId);
  }
}
