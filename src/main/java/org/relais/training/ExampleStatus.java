package org.relais.training;

/** Where a training example stands on its way into a model. */
public enum ExampleStatus {
  /** Proposed (a worker's label, a message the bot was unsure of): an admin decides. */
  INBOX,
  /** Accepted by an admin: goes into the next build. */
  VALIDATED,
  /** Part of the active model's training data. */
  IN_MODEL,
  /** Refused by an admin. */
  REJECTED
}
