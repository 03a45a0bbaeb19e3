package org.relais.launcher;

/** Relais cannot start for a reason the operator can fix; the message is one line. */
class LaunchException extends Exception {
  private static final long serialVersionUID = 1L;

  LaunchException(String message) {
    super(message);
  }
}
