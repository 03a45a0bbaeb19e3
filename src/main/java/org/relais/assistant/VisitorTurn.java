package org.relais.assistant;

import java.util.List;
import java.util.Optional;
import org.relais.conversation.Conversation;
import org.relais.conversation.Message;

/**
 * A stored visitor message and the bot's stored replies, as the kiosk must be told about them.
 *
 * @param duplicate the kiosk had already sent this {@code seq}: nothing new was stored
 * @param queuePosition the place in the helpdesk queue when the conversation is waiting, else 0
 */
public record VisitorTurn(
    Conversation conversation,
    Message visitorMessage,
    List<Message> botMessages,
    boolean duplicate,
    Optional<Handoff> handoff,
    int queuePosition) {
  public VisitorTurn {
    botMessages = List.copyOf(botMessages);
  }
}
