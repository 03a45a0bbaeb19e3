package org.relais.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Load benchmark of kiosk connections coming and going (not a test): each client opens a kiosk
 * WebSocket, says hello, waits for the welcome and closes, over and over; it measures the opening
 * handshake (request to the server's 101). Run it against the server's LAN address, as kiosks
 * connect: the cost it found (a reverse DNS lookup per handshake, {@code
 * org.relais.web.UpgradeWithoutNameLookup}) never shows through 127.0.0.1.
 *
 * <p>Usage: HandshakeLoad baseUrl [seconds=30] [clients=3]
 */
public final class HandshakeLoad {
  private static final Duration GIVE_UP = Duration.ofSeconds(30);

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:18080";
    int seconds = KioskLoad.positiveArgument("HandshakeLoad", args, 1, "seconds", 30);
    int clients = KioskLoad.positiveArgument("HandshakeLoad", args, 2, "clients", 3);
    URI kiosk = URI.create(base.replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws/kiosk");
    HttpClient http = HttpClient.newHttpClient();
    Histogram handshakes = new ConcurrentHistogram(GIVE_UP.toMillis() * 1000, 3);
    AtomicInteger failures = new AtomicInteger();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    handshakes.recordValue(oneVisit(http, kiosk));
                  } catch (Exception failed) {
                    if (failures.incrementAndGet() <= 3) {
                      System.err.println("a visit failed: " + failed);
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    pool.shutdown();
    long max = handshakes.getMaxValue();
    long slow = max < 1_000_000 ? 0 : handshakes.getCountBetweenValues(1_000_000, max);
    System.out.printf(
        "%s, %d clients, %d s: %d handshakes (%.0f/s), %d failed; handshake ms p50 %.2f p99 %.2f"
            + " max %.1f; %d over 1 s%n",
        kiosk,
        clients,
        seconds,
        handshakes.getTotalCount(),
        handshakes.getTotalCount() / (double) seconds,
        failures.get(),
        handshakes.getValueAtPercentile(50) / 1000.0,
        handshakes.getValueAtPercentile(99) / 1000.0,
        max / 1000.0,
        slow);
    System.exit(0);
  }

  /** One kiosk visit: handshake, hello, welcome, close. Returns the handshake's microseconds. */
  private static long oneVisit(HttpClient http, URI kiosk) throws Exception {
    CompletableFuture<Void> welcomed = new CompletableFuture<>();
    long started = System.nanoTime();
    WebSocket socket =
        http.newWebSocketBuilder()
            .connectTimeout(GIVE_UP)
            .buildAsync(
                kiosk,
                new FrameSocket() {
                  @Override
                  void received(JsonObject frame) {
                    if ("welcome".equals(frame.getString("type"))) {
                      welcomed.complete(null);
                    }
                  }
                })
            .get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
    long handshake = (System.nanoTime() - started) / 1000;
    try {
      socket.sendText("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}", true).join();
      welcomed.get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
    } finally {
      socket.abort();
    }
    return handshake;
  }
}
