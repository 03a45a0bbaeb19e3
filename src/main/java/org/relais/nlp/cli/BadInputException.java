package org.relais.nlp.cli;

/** A problem with the command line or its files: reported in one line, exit code 2. */
final class BadInputException extends Exception {

  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
