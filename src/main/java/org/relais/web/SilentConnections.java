package org.relais.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes WebSockets that stayed silent too long: their peer is gone without a close (Wi-Fi lost, a
 * kiosk unplugged), since kiosks and consoles ping every 20-25 s.
 *
 * <p>Why not the container's idle timeout ({@code Session.setMaxIdleTimeout}): Payara's WebSocket
 * implementation reschedules it on a managed executor at every frame sent or received, and each
 * schedule captures the thread's context with a scan of the class path. Profiled under kiosk load,
 * that was a third of the chat threads' CPU (docs/benchmarks.md). Here a frame costs one map write
 * and one sweep runs every {@link #SWEEP_SECONDS} s.
 */
@ApplicationScoped
public class SilentConnections {
  /** Kiosks ping every 20 s and consoles every 25 s: this much silence is several lost pings. */
  public static final Duration LIMIT = Duration.ofSeconds(120);

  static final CloseReason SILENT =
      new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "silent for too long");
  private static final long SWEEP_SECONDS = 15;
  private static final Logger LOG = Logger.getLogger(SilentConnections.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  private final Map<Session, Long> lastHeardNanos = new ConcurrentHashMap<>();
  private ScheduledFuture<?> sweeps;

  @PostConstruct
  void start() {
    if (scheduler != null) { // null only outside a container (unit tests sweep by hand)
      sweeps =
          scheduler.scheduleWithFixedDelay(
              () -> closeSilent(System.nanoTime()), SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (sweeps != null) {
      sweeps.cancel(false);
    }
  }

  /** Takes over the session's idle timeout; call when it opens. */
  public void watch(Session session) {
    session.setMaxIdleTimeout(0); // no container timer: this class watches it
    heard(session, System.nanoTime());
  }

  /** A frame arrived from the session's peer. */
  public void heard(Session session) {
    heard(session, System.nanoTime());
  }

  void heard(Session session, long nowNanos) {
    lastHeardNanos.put(session, nowNanos);
  }

  public void forget(Session session) {
    lastHeardNanos.remove(session);
  }

  /** Closes (and forgets) every session not heard from within {@link #LIMIT} of this instant. */
  void closeSilent(long nowNanos) {
    long limit = LIMIT.toNanos();
    lastHeardNanos.forEach(
        (session, heardAt) -> {
          if (nowNanos - heardAt > limit && lastHeardNanos.remove(session, heardAt)) {
            close(session);
          }
        });
  }

  private static void close(Session session) {
    try {
      session.close(SILENT);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "a silent connection was already gone", e);
    }
  }

  int watched() {
    return lastHeardNanos.size();
  }
}
