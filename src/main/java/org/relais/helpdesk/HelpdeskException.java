package org.relais.helpdesk;

/** A helpdesk action refused for a reason the worker can understand; mapped to 4xx. */
public class HelpdeskException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  HelpdeskException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static HelpdeskException notFound(long conversationId) {
    return new HelpdeskException(404, "no open conversation " + conversationId);
  }

  static HelpdeskException notYours(long conversationId) {
    return new HelpdeskException(
        409, "conversation " + conversationId + " is not yours: claim it first");
  }

  static HelpdeskException alreadyTaken(long conversationId, String byWhom) {
    return new HelpdeskException(
        409, "conversation " + conversationId + " was already taken by " + byWhom);
  }

  static HelpdeskException invalid(String message) {
    return new HelpdeskException(400, message);
  }

  /** No canned reply with that id. */
  static final class NotFoundReply extends HelpdeskException {
    private static final long serialVersionUID = 1L;

    NotFoundReply(long id) {
      super(404, "no canned reply " + id);
    }
  }
}
