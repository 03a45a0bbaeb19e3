package org.relais.web.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.relais.conversation.Author;
import org.relais.conversation.ConversationEvent;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationStatus;
import org.relais.helpdesk.QueueEntry;
import org.relais.web.Pushes;

/**
 * The kiosks connected to this server, by conversation, and the pushes they receive when something
 * happens to their conversation elsewhere: a worker joins, writes or leaves, the queue moves, the
 * conversation is closed. Pushes run after the commit, off the caller's thread.
 */
@ApplicationScoped
public class KioskConnections {
  static final CloseReason REPLACED =
      new CloseReason(() -> 4001, "the conversation was resumed on another connection");

  private final Map<Long, KioskConnection> byConversation = new ConcurrentHashMap<>();

  @Inject private KioskStatuses statuses;
  @Inject private ConversationRepository conversations;
  @Inject private Pushes pushes;

  /**
   * Binds the connection to its conversation; an older connection to it is retired and closed. A
   * retired or closed connection is never bound again: its turn still running when the kiosk
   * resumed elsewhere must not push the new connection out.
   */
  void bind(KioskConnection connection, long conversationId) {
    KioskConnection replaced;
    synchronized (this) {
      if (connection.isRetired()) {
        return;
      }
      connection.bind(conversationId);
      replaced = byConversation.put(conversationId, connection);
      if (replaced == null || replaced == connection) {
        return;
      }
      replaced.retire();
    }
    replaced.close(REPLACED); // network I/O: outside the lock
  }

  /** The connection is gone: it no longer receives its conversation's pushes. */
  synchronized void closed(KioskConnection connection) {
    unbind(connection);
    connection.retire();
  }

  synchronized void unbind(KioskConnection connection) {
    connection.conversationId().ifPresent(id -> byConversation.remove(id, connection));
    connection.unbind();
  }

  Optional<KioskConnection> of(long conversationId) {
    return Optional.ofNullable(byConversation.get(conversationId));
  }

  void onClaimed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Claimed event) {
    pushes.later(() -> refreshStatus(event.conversationId()));
  }

  /** Messages from a worker or the system reach the kiosk; the visitor's own are already there. */
  void onMessage(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.MessageAdded event) {
    pushes.later(
        () ->
            of(event.conversationId())
                .ifPresent(
                    connection ->
                        conversations
                            .message(event.messageId())
                            .filter(message -> message.author() != Author.VISITOR)
                            .ifPresent(
                                message ->
                                    connection.send(
                                        ServerFrames.message(message, message.authorName())))));
  }

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Closed event) {
    pushes.later(
        () -> {
          of(event.conversationId())
              .ifPresent(
                  connection -> {
                    unbind(connection);
                    connection.send(ServerFrames.ended(null));
                  });
        });
  }

  private void refreshStatus(long conversationId) {
    of(conversationId)
        .ifPresent(connection -> statuses.of(conversationId).ifPresent(connection::sendStatus));
  }

  /** Each waiting kiosk's place, from one reading of the queue (sent only when it changed). */
  public void showPlaces(List<QueueEntry> entries) {
    for (QueueEntry entry : entries) {
      if (entry.status() == ConversationStatus.WAITING) {
        of(entry.conversationId())
            .ifPresent(
                connection ->
                    connection.sendPlace(
                        new KioskStatus(
                            ConversationStatus.WAITING,
                            entry.position(),
                            entry.urgent(),
                            statuses.workersAvailable(),
                            null)));
      }
    }
  }
}
