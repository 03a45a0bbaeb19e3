package org.relais.assistant;

/** How a turn counts towards "two misunderstood turns in a row". */
public enum Understanding {
  /** The bot answered an intent: the count restarts. */
  UNDERSTOOD,
  /** The bot had to ask which intent was meant, or the visitor said "none of these". */
  MISUNDERSTOOD,
  /** Courtesy, a yes/no reply, a handover: does not change the count. */
  NEUTRAL
}
