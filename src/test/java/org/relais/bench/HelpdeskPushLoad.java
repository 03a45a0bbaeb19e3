package org.relais.bench;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.relais.platform.json.Jsonp;

/**
 * Load benchmark of the helpdesk push (not a test): with C worker consoles connected and K kiosks
 * open, visitors ask for a person at a fixed rate; measures the time from the visitor's message
 * leaving the kiosk to the queue entry arriving in each console. Each handed-over visitor leaves
 * after 2 s, so the queue stays the size a real one has.
 *
 * <p>Usage: HelpdeskPushLoad baseUrl adminPassword [consoles=20] [kiosks=1000] [perSecond=5]
 * [seconds=60]
 */
public final class HelpdeskPushLoad {
  private final String base;
  private final String wsBase;
  private final Map<Long, Long> handoverSentAt = new ConcurrentHashMap<>();
  private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
  private final Histogram acks = new Histogram(60_000_000L, 3);
  private int nextKiosk;

  private HelpdeskPushLoad(String base) {
    this.base = base.replaceAll("/$", "");
    this.wsBase = this.base.replaceFirst("^http", "ws");
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String adminPassword = args[1];
    int consoles = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int kiosks = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    int perSecond = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
    new HelpdeskPushLoad(base).run(adminPassword, consoles, kiosks, perSecond, seconds);
  }

  private void run(String adminPassword, int consoles, int kiosks, int perSecond, int seconds)
      throws Exception {
    Session admin = new Session();
    admin.signIn("admin", adminPassword);
    List<WebSocket> consoleSockets = new ArrayList<>();
    for (int i = 1; i <= consoles; i++) {
      Session worker = worker(admin, "bench-worker-" + i);
      int console = i;
      consoleSockets.add(
          worker.webSocket(wsBase + "/ws/worker", frame -> consoleReceived(console, frame)));
    }
    List<Kiosk> open = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < kiosks; i++) {
      Kiosk kiosk = new Kiosk();
      kiosk.socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(wsBase + "/ws/kiosk"), kiosk)
              .get(30, TimeUnit.SECONDS);
      kiosk.send(
          "{\"type\":\"hello\",\"seq\":" + kiosk.seq.getAndIncrement() + ",\"language\":\"fr\"}");
      open.add(kiosk);
    }
    Thread.sleep(3000);
    System.out.printf(
        "%d consoles, %d kiosks open, %d handovers/s for %d s (after 15 s of warm-up)%n",
        consoles, kiosks, perSecond, seconds);
    handovers(open, perSecond, 15);
    Thread.sleep(3000);
    handoverSentAt.clear();
    arrivals.clear();
    synchronized (acks) {
      acks.reset();
    }
    int total = perSecond * seconds;
    MachineLoad machine = new MachineLoad();
    handovers(open, perSecond, seconds);
    String machineLoad = machine.since();
    Thread.sleep(5000);
    report(consoles, total);
    System.out.println("during the handovers: " + machineLoad);
    consoleSockets.forEach(WebSocket::abort);
    open.forEach(k -> k.socket.abort());
  }

  /** Visitors ask for a person at the given rate; each leaves 2 s later. */
  private void handovers(List<Kiosk> open, int perSecond, int seconds) throws Exception {
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    AtomicInteger next = new AtomicInteger();
    int total = perSecond * seconds;
    int offset = nextKiosk;
    nextKiosk += total;
    CompletableFuture<Void> done = new CompletableFuture<>();
    scheduler.scheduleAtFixedRate(
        () -> {
          int n = next.getAndIncrement();
          if (n >= total) {
            done.complete(null);
            return;
          }
          Kiosk kiosk = open.get((offset + n) % open.size());
          kiosk.sentAt = System.nanoTime();
          kiosk.send(
              "{\"type\":\"message\",\"seq\":"
                  + kiosk.seq.getAndIncrement()
                  + ",\"text\":\"Parler à une personne\",\"payload\":\"person\"}");
          scheduler.schedule(
              () -> {
                kiosk.send("{\"type\":\"end\",\"seq\":" + kiosk.seq.getAndIncrement() + "}");
                kiosk.send(
                    "{\"type\":\"hello\",\"seq\":"
                        + kiosk.seq.getAndIncrement()
                        + ",\"language\":\"fr\"}");
              },
              2,
              TimeUnit.SECONDS);
        },
        0,
        1_000_000_000L / perSecond,
        TimeUnit.NANOSECONDS);
    done.get(seconds + 60L, TimeUnit.SECONDS);
    Thread.sleep(2500);
    scheduler.shutdownNow();
  }

  private void consoleReceived(int console, JsonObject frame) {
    long now = System.nanoTime();
    if (!"queue".equals(frame.getString("type", ""))) {
      return;
    }
    for (JsonObject entry : frame.getJsonArray("entries").getValuesAs(JsonObject.class)) {
      if ("WAITING".equals(entry.getString("status"))) {
        arrivals.putIfAbsent(console + ":" + entry.getJsonNumber("conversation").longValue(), now);
      }
    }
  }

  private void report(int consoles, int total) {
    Histogram histogram = new Histogram(60_000_000L, 3);
    int missing = 0;
    for (Map.Entry<Long, Long> handover : handoverSentAt.entrySet()) {
      for (int console = 1; console <= consoles; console++) {
        Long arrived = arrivals.get(console + ":" + handover.getKey());
        if (arrived == null) {
          missing++;
        } else {
          histogram.recordValue(Math.max(0, (arrived - handover.getValue()) / 1000));
        }
      }
    }
    System.out.printf(
        "handovers %d (acknowledged %d), console deliveries %d, missing %d%n",
        total, handoverSentAt.size(), histogram.getTotalCount(), missing);
    System.out.printf(
        "visitor's handover message stored and acknowledged: p50 %.2f ms, p99 %.2f ms%n",
        acks.getValueAtPercentile(50) / 1000.0, acks.getValueAtPercentile(99) / 1000.0);
    System.out.printf(
        "handover to queue entry in console: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        histogram.getValueAtPercentile(50) / 1000.0,
        histogram.getValueAtPercentile(90) / 1000.0,
        histogram.getValueAtPercentile(99) / 1000.0,
        histogram.getMaxValue() / 1000.0);
  }

  /** A worker who can use the console: created if needed, with a known password. */
  private Session worker(Session admin, String login) throws Exception {
    HttpResponse<String> created =
        admin.post(
            "/api/admin/staff",
            "{\"login\":\"" + login + "\",\"displayName\":\"" + login + "\",\"role\":\"WORKER\"}");
    String oneTime =
        created.statusCode() == 201
            ? json(created.body()).getString("oneTimePassword")
            : json(admin.post("/api/admin/staff/" + login + "/reset-password", "{}").body())
                .getString("oneTimePassword");
    Session worker = new Session();
    worker.signIn(login, oneTime);
    worker.put(
        "/api/staff/me/password",
        "{\"currentPassword\":\""
            + oneTime
            + "\",\"newPassword\":\"bench-password-"
            + login
            + "\"}");
    return worker;
  }

  private static JsonObject json(String body) {
    return Jsonp.reader(body).readObject();
  }

  /** A signed-in browser session. */
  private final class Session {
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf = "";

    void signIn(String login, String password) throws Exception {
      HttpResponse<String> response =
          post(
              "/api/staff/sign-in",
              "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}");
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "sign-in of " + login + " failed: " + response.statusCode() + " " + response.body());
      }
      csrf = json(response.body()).getString("csrfToken");
    }

    HttpResponse<String> post(String path, String body) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> put(String path, String body) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return http.send(
          request.header("Content-Type", "application/json").header("X-CSRF-Token", csrf).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    WebSocket webSocket(String uri, java.util.function.Consumer<JsonObject> frames)
        throws Exception {
      return http.newWebSocketBuilder()
          .buildAsync(URI.create(uri), new Frames(frames))
          .get(30, TimeUnit.SECONDS);
    }
  }

  private static final class Frames implements WebSocket.Listener {
    private final java.util.function.Consumer<JsonObject> consumer;
    private final StringBuilder partial = new StringBuilder();

    Frames(java.util.function.Consumer<JsonObject> consumer) {
      this.consumer = consumer;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        consumer.accept(json(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }

  /** A kiosk: it learns its conversation from the acknowledgement of its handover message. */
  private final class Kiosk extends FrameSocket {
    final AtomicInteger seq = new AtomicInteger(1);
    volatile long sentAt;

    @Override
    void received(JsonObject frame) {
      if ("ack".equals(frame.getString("type", "")) && frame.containsKey("conversation")) {
        handoverSentAt.put(frame.getJsonNumber("conversation").longValue(), sentAt);
        synchronized (acks) {
          acks.recordValue(Math.max(0, (System.nanoTime() - sentAt) / 1000));
        }
      }
    }
  }
}
