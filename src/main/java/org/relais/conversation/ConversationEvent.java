package org.relais.conversation;

/**
 * Something that happened to a conversation, fired as a CDI event once its transaction has
 * committed; the kiosk and console connections observe them to push updates.
 */
public sealed interface ConversationEvent {
  long conversationId();

  /** The conversation entered the helpdesk queue (or became urgent while in it). */
  record HandedOver(long conversationId, HandoverReason reason, boolean urgent)
      implements ConversationEvent {}

  /** The conversation was closed. */
  record Closed(long conversationId, Outcome outcome) implements ConversationEvent {}
}
