package org.relais.web.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.relais.conversation.ConversationEvent;
import org.relais.conversation.ConversationStatus;

/**
 * The kiosks connected to this server, by conversation, and the pushes they receive when something
 * happens to their conversation elsewhere (a worker, the idle job, the queue moving).
 */
@ApplicationScoped
public class KioskConnections {
  static final CloseReason REPLACED =
      new CloseReason(() -> 4001, "the conversation was resumed on another connection");

  private final Map<Long, KioskConnection> byConversation = new ConcurrentHashMap<>();

  @Inject private KioskStatuses statuses;

  /** Binds the connection to its conversation; an older connection to it is closed. */
  void bind(KioskConnection connection, long conversationId) {
    connection.bind(conversationId);
    KioskConnection previous = byConversation.put(conversationId, connection);
    if (previous != null && previous != connection) {
      previous.unbind();
      previous.close(REPLACED);
    }
  }

  void unbind(KioskConnection connection) {
    connection.conversationId().ifPresent(id -> byConversation.remove(id, connection));
    connection.unbind();
  }

  Optional<KioskConnection> of(long conversationId) {
    return Optional.ofNullable(byConversation.get(conversationId));
  }

  void onHandover(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.HandedOver event) {
    refreshWaitingPositions();
  }

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Closed event) {
    of(event.conversationId())
        .ifPresent(
            connection -> {
              unbind(connection);
              connection.send(ServerFrames.ended(null));
            });
    refreshWaitingPositions();
  }

  /** An urgent newcomer or a departure moves the others in the queue: tell them. */
  void refreshWaitingPositions() {
    byConversation.forEach(
        (conversationId, connection) ->
            statuses
                .of(conversationId)
                .filter(status -> status.status() == ConversationStatus.WAITING)
                .ifPresent(connection::sendStatus));
  }
}
