package org.relais.conversation;

/** Something was asked of a conversation that is already closed. */
public class ConversationClosedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConversationClosedException(Long conversationId) {
    super("conversation " + conversationId + " is closed");
  }
}
