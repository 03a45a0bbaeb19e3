package org.relais.training;

/** Where a training example comes from. */
public enum ExampleSource {
  /** A worker's label when closing a conversation. */
  HELPDESK,
  /** A visitor message the bot was unsure of. */
  UNSURE,
  /** An admin's import (CSV or Rasa YAML). */
  IMPORT,
  /** The bundled corpus. */
  CORPUS,
  /** Typed by an admin. */
  ADMIN
}
