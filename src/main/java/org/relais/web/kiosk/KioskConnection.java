package org.relais.web.kiosk;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One kiosk's WebSocket and what the server knows of it. */
final class KioskConnection {
  private static final Logger LOG = Logger.getLogger(KioskConnection.class.getName());

  private final Session session;
  private final RateLimit messages = new RateLimit(5);
  private final RateLimit frames = new RateLimit(20);
  private String language = "fr";
  private boolean greeted;
  private Long conversationId;
  private String resumeToken;
  private KioskStatus lastStatus;
  private volatile boolean retired;

  KioskConnection(Session session) {
    this.session = session;
  }

  /** Sends a frame; frames from different threads (bot, workers) go out one at a time. */
  synchronized void send(String frame) {
    if (!session.isOpen()) {
      return;
    }
    try {
      session.getBasicRemote().sendText(frame);
    } catch (IOException | IllegalStateException e) {
      LOG.log(Level.FINE, "kiosk connection lost while sending", e);
    }
  }

  /**
   * A place in the queue, for a kiosk already told of a person (waiting, or back in the queue after
   * a worker left). The first "waiting" status comes from the kiosk's own turn, after the bot's
   * reply, so a push never overtakes that reply.
   */
  synchronized void sendPlace(KioskStatus status) {
    if (lastStatus != null) {
      sendStatus(status);
    }
  }

  /** Sends the status if it differs from the last one sent. */
  synchronized void sendStatus(KioskStatus status) {
    if (!status.equals(lastStatus)) {
      lastStatus = status;
      send(ServerFrames.status(status));
    }
  }

  void close(CloseReason reason) {
    try {
      session.close(reason);
    } catch (IOException e) {
      LOG.log(Level.FINE, "kiosk connection already gone", e);
    }
  }

  String id() {
    return session.getId();
  }

  boolean allowsMessage() {
    return messages.tryAcquire();
  }

  boolean allowsFrame() {
    return frames.tryAcquire();
  }

  void greeted(String pickedLanguage, String token) {
    greeted = true;
    language = pickedLanguage;
    resumeToken = token;
    conversationId = null;
    lastStatus = null;
  }

  boolean isGreeted() {
    return greeted;
  }

  void bind(long conversation) {
    conversationId = conversation;
  }

  void unbind() {
    conversationId = null;
    lastStatus = null;
  }

  /** Closed, or replaced by a newer connection to the same conversation. */
  void retire() {
    retired = true;
    unbind();
  }

  boolean isRetired() {
    return retired || !session.isOpen();
  }

  Optional<Long> conversationId() {
    return Optional.ofNullable(conversationId);
  }

  String resumeToken() {
    return resumeToken;
  }

  String language() {
    return language;
  }

  void speak(String newLanguage) {
    language = newLanguage;
  }
}
