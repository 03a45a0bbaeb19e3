package org.relais.platform.database;

/** One-line descriptions of database failures, for logs and health reports. */
final class DatabaseProblems {
  private DatabaseProblems() {}

  /** The innermost cause's message: the one that names the real problem. */
  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
