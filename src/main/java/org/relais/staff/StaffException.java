package org.relais.staff;

/** A staff operation refused for a reason the caller can fix; mapped to 400, 404 or 409. */
public abstract class StaffException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StaffException(String message) {
    super(message);
  }

  /** A field has a value that cannot be used. */
  public static final class Invalid extends StaffException {
    private static final long serialVersionUID = 1L;
    private final String field;

    Invalid(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  public static final class NotFound extends StaffException {
    private static final long serialVersionUID = 1L;

    NotFound(String login) {
      super("no staff member " + login);
    }
  }

  public static final class Conflict extends StaffException {
    private static final long serialVersionUID = 1L;

    Conflict(String message) {
      super(message);
    }
  }
}
