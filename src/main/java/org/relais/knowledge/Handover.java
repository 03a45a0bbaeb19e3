package org.relais.knowledge;

/** When an intent goes to a person (the brief's flags). */
public enum Handover {
  /** The bot answers. */
  NONE,
  /** [ESCALATE]: always a person; the answer only gives useful numbers. */
  ALWAYS,
  /** [ESCALATE-IF]: the bot answers the routine part, a person when the condition shows. */
  CONDITIONAL,
  /** A safety intent: a person at once, as urgent, with the free emergency number. */
  URGENT
}
