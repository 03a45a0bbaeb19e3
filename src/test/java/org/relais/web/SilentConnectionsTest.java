package org.relais.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which WebSockets the sweep closes, on a clock the test moves by hand. */
class SilentConnectionsTest {
  private static final long SECOND = 1_000_000_000L;
  private final SilentConnections silent = new SilentConnections();

  @Test
  void watching_turnsTheContainersIdleTimerOff() {
    FakeSession session = new FakeSession();
    silent.watch(session.proxy());
    assertEquals(List.of(0L), session.idleTimeouts);
  }

  @Test
  void aSessionSilentLongerThanTheLimit_isClosedAndForgotten_aTalkingOneStays() {
    FakeSession quiet = new FakeSession();
    FakeSession talking = new FakeSession();
    long start = 1_000 * SECOND;
    silent.heard(quiet.proxy(), start);
    silent.heard(talking.proxy(), start);
    long limit = SilentConnections.LIMIT.toSeconds();

    silent.heard(talking.proxy(), start + (limit - 10) * SECOND); // a ping
    silent.closeSilent(start + limit * SECOND);
    assertEquals(List.of(), quiet.closeCodes, "not yet: exactly at the limit");

    silent.closeSilent(start + (limit + 1) * SECOND);
    assertEquals(List.of(1001), quiet.closeCodes);
    assertEquals(List.of(), talking.closeCodes);
    assertEquals(1, silent.watched());

    silent.closeSilent(start + (limit + 2) * SECOND);
    assertEquals(List.of(1001), quiet.closeCodes, "closed once");
  }

  @Test
  void aForgottenSession_isNeverClosedBySweeps() {
    FakeSession gone = new FakeSession();
    silent.heard(gone.proxy(), 0);
    silent.forget(gone.proxy());
    silent.closeSilent(SilentConnections.LIMIT.toNanos() * 2);
    assertEquals(List.of(), gone.closeCodes);
  }

  /** A WebSocket session recording its idle timeouts and closes. */
  private static final class FakeSession {
    final List<Long> idleTimeouts = new ArrayList<>();
    final List<Integer> closeCodes = new ArrayList<>();
    private Session proxy;

    Session proxy() {
      if (proxy == null) {
        proxy =
            (Session)
                Proxy.newProxyInstance(
                    Session.class.getClassLoader(),
                    new Class<?>[] {Session.class},
                    (self, method, args) ->
                        switch (method.getName()) {
                          case "setMaxIdleTimeout" -> {
                            idleTimeouts.add((Long) args[0]);
                            yield null;
                          }
                          case "close" -> {
                            closeCodes.add(((CloseReason) args[0]).getCloseCode().getCode());
                            yield null;
                          }
                          case "hashCode" -> System.identityHashCode(self);
                          case "equals" -> self == args[0];
                          default -> throw new UnsupportedOperationException(method.getName());
                        });
      }
      return proxy;
    }
  }
}
