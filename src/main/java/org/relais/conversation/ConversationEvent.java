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

  /** A worker took the conversation (claimed, or received by transfer). */
  record Claimed(long conversationId, String workerLogin, String workerName)
      implements ConversationEvent {}

  /** Back in the queue: released by its worker, or their console stayed away too long. */
  record Released(long conversationId, boolean workerLeft) implements ConversationEvent {}

  /** A new message in a conversation a person has or is coming to. */
  record MessageAdded(long conversationId, long messageId) implements ConversationEvent {}

  /** The conversation was closed. */
  record Closed(long conversationId, Outcome outcome) implements ConversationEvent {}
}
