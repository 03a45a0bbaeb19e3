package org.relais.conversation;

/** Why a conversation went to a person; shown on the worker's context card. */
public enum HandoverReason {
  /** The visitor asked for a person (button or words). */
  ASKED_FOR_PERSON,
  /** The bot could not place the message among its intents. */
  OUT_OF_SCOPE,
  /** A safety intent: distress, violence, medical emergency, danger, minor. Always urgent. */
  SAFETY,
  /** An intent the brief always hands over ([ESCALATE]). */
  ESCALATED_INTENT,
  /** An [ESCALATE-IF] intent whose condition showed. */
  CONDITION,
  /** Two misunderstood turns in a row. */
  REPEATED_MISUNDERSTANDING
}
