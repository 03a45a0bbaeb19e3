package org.relais.web.worker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.conversation.ConversationEvent;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.Outcome;
import org.relais.helpdesk.QueueEntry;
import org.relais.helpdesk.WorkerPresence;
import org.relais.web.Pushes;
import org.relais.web.QueueUpdates;

/**
 * The consoles connected to this server. Every change to the queue is pushed to all of them as an
 * event (new, claimed, released, closed, visitor_left) followed by the whole queue, so that a
 * console that missed a frame is right again at the next one.
 */
@ApplicationScoped
public class WorkerConsoles {
  private static final Logger LOG = Logger.getLogger(WorkerConsoles.class.getName());

  private final Map<String, Console> consoles = new ConcurrentHashMap<>();

  @Inject private Instance<QueueUpdates> queueUpdates;
  @Inject private ConversationRepository conversations;
  @Inject private WorkerPresence presence;
  @Inject private Pushes pushes;

  private record Console(Session session, String login, String httpSessionId) {}

  void opened(Session session, String login, String httpSessionId) {
    consoles.put(session.getId(), new Console(session, login, httpSessionId));
    presence.connected(login, session.getId());
    pushes.later(() -> broadcast(ConsoleFrames.presence(presence.onlineLogins())));
    queueUpdates.get().changed();
  }

  void closed(Session session) {
    Console console = consoles.remove(session.getId());
    if (console != null) {
      presence.disconnected(console.login(), session.getId());
      pushes.later(() -> broadcast(ConsoleFrames.presence(presence.onlineLogins())));
    }
  }

  /**
   * The staff member signed out or their session timed out: the consoles opened with it stop
   * receiving the queue at once (4401 sends the page to the sign-in page).
   */
  public void signedOut(String httpSessionId) {
    consoles.values().stream()
        .filter(console -> httpSessionId.equals(console.httpSessionId()))
        .forEach(console -> closeSignedOut(console.session()));
  }

  private static void closeSignedOut(Session session) {
    try {
      session.close(new CloseReason(() -> 4401, "signed out"));
    } catch (IOException | IllegalStateException e) {
      LOG.log(Level.FINE, "console gone while closing", e);
    }
  }

  void onHandover(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.HandedOver event) {
    queueChanged("new", event.conversationId(), null);
  }

  void onClaimed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Claimed event) {
    queueChanged("claimed", event.conversationId(), event.workerName());
  }

  void onReleased(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Released event) {
    queueChanged("released", event.conversationId(), null);
  }

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Closed event) {
    boolean visitorLeft =
        event.outcome() == Outcome.VISITOR_LEFT || event.outcome() == Outcome.ABANDONED;
    queueChanged(visitorLeft ? "visitor_left" : "closed", event.conversationId(), null);
  }

  void onMessage(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.MessageAdded event) {
    pushes.later(
        () ->
            conversations
                .message(event.messageId())
                .ifPresent(
                    message -> broadcast(ConsoleFrames.message(event.conversationId(), message))));
  }

  /**
   * The event, then (from {@link QueueUpdates}) the queue that shows it, to consoles and kiosks.
   */
  private void queueChanged(String kind, long conversationId, String by) {
    if (!consoles.isEmpty()) {
      pushes.later(() -> broadcast(ConsoleFrames.event(kind, conversationId, by)));
    }
    queueUpdates.get().changed();
  }

  /** The whole queue to every console. */
  public void showQueue(List<QueueEntry> entries) {
    if (!consoles.isEmpty()) {
      broadcast(ConsoleFrames.queue(entries));
    }
  }

  private void broadcast(String frame) {
    consoles.values().forEach(console -> send(console.session(), frame));
  }

  private static void send(Session session, String frame) {
    synchronized (session) {
      try {
        if (session.isOpen()) {
          session.getBasicRemote().sendText(frame);
        }
      } catch (IOException | IllegalStateException e) {
        LOG.log(Level.FINE, "console gone while sending", e);
      }
    }
  }
}
