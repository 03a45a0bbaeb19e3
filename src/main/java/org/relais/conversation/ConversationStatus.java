package org.relais.conversation;

/** Where a conversation stands. */
public enum ConversationStatus {
  /** The bot answers. */
  WITH_BOT,
  /** Handed over: in the helpdesk queue until a worker claims it. */
  WAITING,
  /** A worker has it; the bot stays silent. */
  WITH_WORKER,
  /** Ended by the visitor, the inactivity timer or a worker. Nothing more is added. */
  CLOSED
}
