package org.relais.web.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.assistant.VisitorInput;
import org.relais.assistant.VisitorTurn;
import org.relais.assistant.VisitorTurns;
import org.relais.conversation.ConversationClosedException;
import org.relais.conversation.ConversationService;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.Message;
import org.relais.conversation.ResumeRefusedException;
import org.relais.conversation.ResumeTokens;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.Setting;

/**
 * The kiosk protocol (docs/protocol.md): what the server does with each frame. Bad frames get an
 * {@code error} frame and change nothing; a failure to store gets {@code not_stored}, and since
 * only stored messages are acknowledged, the kiosk sends them again.
 */
@ApplicationScoped
public class KioskProtocol {
  private static final Logger LOG = Logger.getLogger(KioskProtocol.class.getName());

  @Inject private VisitorTurns turns;
  @Inject private ConversationService conversations;
  @Inject private KioskConnections connections;
  @Inject private RelaisConfiguration configuration;
  @Inject private KioskStatuses statuses;

  void received(KioskConnection connection, String text) {
    ClientFrame frame;
    try {
      if (!connection.allowsFrame()) {
        throw FrameError.of("too_fast", null, "Too many frames: wait a little.");
      }
      frame = ClientFrameReader.read(text);
      dispatch(connection, frame);
    } catch (FrameError error) {
      connection.send(
          ServerFrames.error(error.code(), error.seq(), error.field(), error.getMessage()));
    } catch (RuntimeException failure) {
      // Never a silent drop: the kiosk is told, and since nothing was acknowledged, it retries.
      LOG.warning("A kiosk frame failed: " + failure);
      connection.send(
          ServerFrames.error(
              "server_error", null, null, "The server failed; nothing was changed. Try again."));
    }
  }

  private void dispatch(KioskConnection connection, ClientFrame frame) {
    if (!(frame instanceof ClientFrame.Hello) && !connection.isGreeted()) {
      throw FrameError.of("hello_first", frame.seq(), "Send hello first.");
    }
    if (frame instanceof ClientFrame.Hello hello) {
      hello(connection, hello);
    } else if (frame instanceof ClientFrame.VisitorText message) {
      visitorSays(connection, message);
    } else if (frame instanceof ClientFrame.LanguageChange change) {
      speakIn(connection, change);
    } else if (frame instanceof ClientFrame.End end) {
      end(connection, end);
    } else {
      connection.send(ServerFrames.pong(frame.seq()));
    }
  }

  private void hello(KioskConnection connection, ClientFrame.Hello hello) {
    connections.unbind(connection);
    int inactivity = configuration.getInt(Setting.KIOSK_INACTIVITY_SECONDS);
    if (hello.resume().isEmpty()) {
      connection.greeted(hello.language(), ResumeTokens.newToken());
      connection.send(
          ServerFrames.welcome(
              hello.seq(), null, List.of(), connection.resumeToken(), hello.seq() + 1, inactivity));
      return;
    }
    ConversationService.Resumed resumed;
    try {
      resumed = conversations.resume(hello.resume().get(), hello.lastSeen());
    } catch (ResumeRefusedException refused) {
      throw FrameError.of(
          refused.isExpired() ? "resume_expired" : "resume_unknown",
          hello.seq(),
          refused.getMessage());
    }
    connection.greeted(hello.language(), hello.resume().get());
    connections.bind(connection, resumed.conversation().id());
    connection.send(
        ServerFrames.welcome(
            hello.seq(),
            resumed.conversation(),
            resumed.messages(),
            connection.resumeToken(),
            Math.max(resumed.nextSeq(), hello.seq() + 1),
            inactivity));
    // Waiting or with a worker, the page shows it again (place in the queue, the worker's name).
    if (resumed.conversation().status() == ConversationStatus.WAITING
        || resumed.conversation().status() == ConversationStatus.WITH_WORKER) {
      connection.sendStatus(statuses.of(resumed.conversation(), resumed.queuePosition()));
    }
  }

  private void visitorSays(KioskConnection connection, ClientFrame.VisitorText message) {
    if (!connection.allowsMessage()) {
      throw FrameError.of(
          "too_fast", message.seq(), "More than 5 messages a second: not stored, send it again.");
    }
    VisitorInput input =
        message
            .payload()
            .map(p -> VisitorInput.pressed(message.text(), p))
            .orElse(VisitorInput.typed(message.text()));
    // Read once: a resume on another connection may unbind this one while the turn runs.
    Optional<Long> boundTo = connection.conversationId();
    VisitorTurn turn;
    try {
      turn =
          turns.visitorSays(
              boundTo, connection.resumeToken(), connection.language(), message.seq(), input);
    } catch (ConversationClosedException closed) {
      connections.unbind(connection);
      throw FrameError.of("resume_expired", message.seq(), "The conversation is closed.");
    } catch (RuntimeException failure) {
      // The same seq may have been stored meanwhile by this kiosk's previous connection.
      Optional<Message> stored = boundTo.flatMap(id -> turns.storedWithSeq(id, message.seq()));
      if (stored.isPresent()) {
        connection.send(ServerFrames.ack(message.seq(), stored.get().id(), null, null));
        return;
      }
      LOG.log(Level.WARNING, "A kiosk message could not be stored: " + failure);
      throw FrameError.of(
          "not_stored", message.seq(), "The message was not stored; send it again.");
    }
    boolean firstMessage = boundTo.isEmpty();
    if (firstMessage) {
      connections.bind(connection, turn.conversation().id());
    }
    connection.send(
        ServerFrames.ack(
            message.seq(),
            turn.visitorMessage().id(),
            firstMessage ? turn.conversation().id() : null,
            connection.resumeToken()));
    for (Message reply : turn.botMessages()) {
      connection.send(ServerFrames.message(reply, null));
    }
    if (turn.conversation().status() == ConversationStatus.WAITING) {
      connection.sendStatus(statuses.of(turn.conversation(), turn.queuePosition()));
    }
  }

  private void speakIn(KioskConnection connection, ClientFrame.LanguageChange change) {
    connection.speak(change.language());
    Optional<Long> conversation = connection.conversationId();
    try {
      conversation.ifPresent(id -> conversations.speakIn(id, change.language()));
    } catch (ConversationClosedException closed) {
      connections.unbind(connection);
    }
    connection.send(ServerFrames.ack(change.seq(), null, null, null));
  }

  private void end(KioskConnection connection, ClientFrame.End end) {
    Optional<Long> conversation = connection.conversationId();
    connections.unbind(connection);
    try {
      conversation.ifPresent(conversations::endByVisitor);
    } catch (ConversationClosedException alreadyClosed) {
      // ended elsewhere meanwhile: the kiosk's wish is fulfilled
    }
    connection.greeted(connection.language(), ResumeTokens.newToken());
    connection.send(ServerFrames.ended(end.seq()));
  }

  void closed(KioskConnection connection) {
    connections.closed(connection);
  }
}
