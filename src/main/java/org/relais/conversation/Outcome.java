package org.relais.conversation;

/** How a conversation ended. */
public enum Outcome {
  /** The visitor pressed "J'ai fini" or the kiosk's inactivity timer ran out. */
  VISITOR_LEFT,
  /** The kiosk stopped talking and the conversation stayed idle past the resume window. */
  ABANDONED,
  ANSWERED,
  ORIENTED_ELSEWHERE,
  CAME_TO_THE_DESK
}
