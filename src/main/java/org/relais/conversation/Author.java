package org.relais.conversation;

/** Who wrote a message. */
public enum Author {
  VISITOR,
  BOT,
  WORKER,
  SYSTEM
}
