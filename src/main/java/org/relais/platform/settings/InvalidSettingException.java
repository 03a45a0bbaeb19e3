package org.relais.platform.settings;

/** A setting has a value Relais cannot use; the message is one line meant for the operator. */
public class InvalidSettingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidSettingException(String message) {
    super(message);
  }
}
