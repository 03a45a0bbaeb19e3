package org.relais.conversation;

/** A resume token that opens nothing: unknown, or its conversation is closed or idle too long. */
public class ResumeRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean expired;

  public ResumeRefusedException(boolean expired) {
    super(expired ? "the conversation is closed or was idle too long" : "unknown resume token");
    this.expired = expired;
  }

  /** True when the token was right but the conversation can no longer be resumed. */
  public boolean isExpired() {
    return expired;
  }
}
