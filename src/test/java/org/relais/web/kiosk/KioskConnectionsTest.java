package org.relais.web.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which connection receives a conversation's pushes when a kiosk resumes on a new connection while
 * its old one is still finishing a turn. The WebSocket session is the only stand-in: the binding
 * rules need no server (KioskProtocolIT runs the same story against the real one).
 */
class KioskConnectionsTest {
  private final KioskConnections connections = new KioskConnections();

  @Test
  void aResumedConnection_replacesTheOldOne_whichIsClosed() {
    FakeSession oldSession = new FakeSession();
    KioskConnection old = new KioskConnection(oldSession.proxy());
    KioskConnection resumed = new KioskConnection(new FakeSession().proxy());

    connections.bind(old, 7);
    connections.bind(resumed, 7);

    assertSame(resumed, connections.of(7).orElseThrow());
    assertEquals(List.of(4001), oldSession.closeCodes);
    assertTrue(old.isRetired());
    assertEquals(Optional.empty(), old.conversationId());
  }

  @Test
  void theOldConnectionsLateTurn_doesNotPushTheResumedOneOut() {
    FakeSession resumedSession = new FakeSession();
    KioskConnection old = new KioskConnection(new FakeSession().proxy());
    KioskConnection resumed = new KioskConnection(resumedSession.proxy());
    connections.bind(old, 7);
    connections.bind(resumed, 7);

    connections.bind(old, 7); // the old connection's turn finishes after the resume

    assertSame(resumed, connections.of(7).orElseThrow());
    assertEquals(List.of(), resumedSession.closeCodes, "the resumed kiosk stays connected");
    assertEquals(Optional.empty(), old.conversationId());
  }

  @Test
  void aClosedConnection_isNeverBoundAgain() {
    KioskConnection gone = new KioskConnection(new FakeSession().proxy());
    connections.bind(gone, 8);

    connections.closed(gone);
    connections.bind(gone, 8);

    assertFalse(connections.of(8).isPresent());
  }

  /** A WebSocket session that is open until closed and records how it was closed. */
  private static final class FakeSession {
    final List<Integer> closeCodes = new ArrayList<>();
    boolean open = true;

    Session proxy() {
      return (Session)
          Proxy.newProxyInstance(
              Session.class.getClassLoader(),
              new Class<?>[] {Session.class},
              (self, method, args) ->
                  switch (method.getName()) {
                    case "isOpen" -> open;
                    case "getId" -> "fake";
                    case "close" -> {
                      if (args != null && args[0] instanceof CloseReason reason) {
                        closeCodes.add(reason.getCloseCode().getCode());
                      }
                      open = false;
                      yield null;
                    }
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
