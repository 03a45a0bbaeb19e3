package org.relais.training;

/** A training-data or model action refused for a reason the admin can fix. */
public class TrainingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;

  public TrainingException(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }
}
