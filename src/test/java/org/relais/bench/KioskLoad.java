package org.relais.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.relais.testing.StaffClient;

/**
 * Load benchmark of the kiosk WebSocket (not a test): opens N kiosk connections, sends visitor
 * messages at a fixed rate, and measures the bot's reply round trip (send to the bot's answer
 * received, after the server stored both), then the same rate against /ws/echo on the same server.
 * Checks that every message gets exactly one acknowledgement and one answer, with ids never seen
 * twice.
 *
 * <p>Usage: KioskLoad baseUrl [connections=1000] [ratePerSecond=200] [seconds=60]
 * [warmUpSeconds=300 | retrain adminPassword]
 *
 * <p>The bot's path is warmed up for {@code warmUpSeconds} before anything is measured: its
 * per-turn methods run once a turn, so the JIT's last tier (C2, after some 15,000 calls with their
 * loops) compiles them only after thousands of turns, one at a time on a 2-core machine. On a slow
 * host C2 took a third of the machine's cycles in a measured phase that followed a 20 s warm-up,
 * still compiled after 120 s, and had settled after 300 s (jstat -compiler). A server runs for
 * days: the figures are of its compiled steady state.
 *
 * <p>With {@code retrain}, the echo phase is replaced by a second bot phase during which a model
 * build runs (started through the admin API a few seconds before it): the two phases' p99 give the
 * cost of a build to the chat.
 */
public final class KioskLoad {
  private static final List<String> QUESTIONS =
      List.of(
          "c ouvert a kel heure",
          "je peux prendre une douche",
          "ya du wifi ici",
          "on mange a quelle heure",
          "je peu laver mes habits",
          "je voudrais charger mon telephone",
          "what time do you open",
          "can i take a shower");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String wsBase;

  private KioskLoad(String base) {
    this.wsBase = base.replaceFirst("^http", "ws").replaceAll("/$", "");
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:18080";
    int connections = positiveArgument("KioskLoad", args, 1, "connections", 1000);
    int rate = positiveArgument("KioskLoad", args, 2, "messages per second", 200);
    int seconds = positiveArgument("KioskLoad", args, 3, "seconds", 60);
    KioskLoad load = new KioskLoad(base);
    if (args.length > 4 && args[4].equals("retrain")) {
      if (args.length < 6) {
        System.err.println("KioskLoad: retrain needs the admin's password as argument 6");
        System.exit(2);
      }
      load.duringRetrain(base, args[5], connections, rate, seconds);
      return;
    }
    int warmUp = positiveArgument("KioskLoad", args, 4, "warm-up seconds", 300);
    System.out.printf(
        "%d connections, %d messages/s, %d s per phase, bot warmed up %d s%n",
        connections, rate, seconds, warmUp);
    // Both paths warmed first, not compared (see the class comment).
    load.echo(connections, rate, Math.max(5, seconds / 4)).print("warm-up echo, not compared");
    load.bot(connections, rate, warmUp).print("warm-up bot, not compared");
    Result echo = load.echo(connections, rate, seconds);
    echo.print("echo /ws/echo");
    Result bot = load.bot(connections, rate, seconds);
    bot.print("bot  /ws/kiosk");
    System.out.printf(
        "bot p99 / echo p99 = %.2f%n",
        bot.histogram.getValueAtPercentile(99) / (double) echo.histogram.getValueAtPercentile(99));
    if (bot.lost > 0 || bot.duplicated > 0 || echo.lost > 0) {
      System.exit(1);
    }
  }

  /** Argument {@code index}, a whole number above 0; a bad one ends the run with a message. */
  /** Argument {@code index}, a whole number above 0; otherwise one line naming it, and exit 2. */
  static int positiveArgument(String tool, String[] args, int index, String name, int fallback) {
    if (args.length <= index) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(args[index]);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // said below
    }
    System.err.printf(
        "%s: argument %d (%s) must be a whole number above 0, not '%s'%n",
        tool, index + 1, name, args[index]);
    System.exit(2);
    return fallback;
  }

  private void duringRetrain(
      String base, String adminPassword, int connections, int rate, int seconds) throws Exception {
    System.out.printf(
        "%d connections, %d messages/s, %d s per phase, retrain mode%n",
        connections, rate, seconds);
    // A fresh server answers slowly until the JIT has compiled the chat's path: warm it up first.
    bot(connections, rate, seconds / 2).print("warm-up, not compared");
    Result quiet = bot(connections, rate, seconds);
    quiet.print("bot without a build");
    StaffClient admin = new StaffClient(new java.net.URL(base + "/"));
    if (admin.signIn("admin", adminPassword).status() != 200) {
      throw new IllegalStateException("admin sign-in failed");
    }
    StaffClient.Response started = admin.post("api/admin/models/builds", "{}");
    if (started.status() != 202) {
      throw new IllegalStateException("build not started: " + started);
    }
    Result building = bot(connections, rate, seconds); // opening the connections takes ~2 s
    JsonObject progress = admin.get("api/admin/models/builds/current").json();
    building.print("bot during a build");
    System.out.println("build after the phase: " + progress);
    if (!progress.getBoolean("running")) {
      System.out.println("WARNING: the build ended before the phase did: shorten the phase");
    }
    System.out.printf(
        "p99 during a build / p99 without = %.2f%n",
        building.histogram.getValueAtPercentile(99)
            / (double) quiet.histogram.getValueAtPercentile(99));
  }

  /** Latencies in microseconds, and message accounting. */
  record Result(Histogram histogram, int sent, int lost, int duplicated, String machine) {
    void print(String name) {
      System.out.printf(
          "%s: sent %d, lost %d, duplicated %d, round trip p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%s)%n",
          name,
          sent,
          lost,
          duplicated,
          histogram.getValueAtPercentile(50) / 1000.0,
          histogram.getValueAtPercentile(90) / 1000.0,
          histogram.getValueAtPercentile(99) / 1000.0,
          histogram.getMaxValue() / 1000.0,
          machine);
    }
  }

  private Result echo(int connections, int rate, int seconds) throws Exception {
    List<Connection> sockets = open(connections, "/ws/echo", false);
    return drive(
        sockets,
        rate,
        seconds,
        (connection, seq) ->
            "{\"type\":\"echo\",\"seq\":" + seq + ",\"sent\":" + System.nanoTime() + "}");
  }

  private Result bot(int connections, int rate, int seconds) throws Exception {
    List<Connection> sockets = open(connections, "/ws/kiosk", true);
    return drive(
        sockets,
        rate,
        seconds,
        (connection, seq) -> {
          String question = QUESTIONS.get(ThreadLocalRandom.current().nextInt(QUESTIONS.size()));
          return "{\"type\":\"message\",\"seq\":" + seq + ",\"text\":\"" + question + "\"}";
        });
  }

  private interface FrameMaker {
    String make(Connection connection, int seq);
  }

  private Result drive(List<Connection> sockets, int rate, int seconds, FrameMaker frames)
      throws Exception {
    Histogram histogram = new Histogram(60_000_000L, 3);
    ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger sent = new AtomicInteger();
    int total = rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    CompletableFuture<Void> done = new CompletableFuture<>();
    MachineLoad machine = new MachineLoad();
    sender.scheduleAtFixedRate(
        () -> {
          int n = sent.getAndIncrement();
          if (n >= total) {
            done.complete(null);
            return;
          }
          Connection connection = sockets.get(n % sockets.size());
          int seq = connection.nextSeq.getAndIncrement();
          connection.pending.put(seq, System.nanoTime());
          connection.send(frames.make(connection, seq));
        },
        0,
        periodNanos,
        TimeUnit.NANOSECONDS);
    done.get(seconds + 60L, TimeUnit.SECONDS);
    String machineLoad = machine.since(Math.min(sent.get(), total));
    sender.shutdownNow();
    awaitAnswers(sockets);
    int lost = 0;
    int duplicated = 0;
    for (Connection connection : sockets) {
      synchronized (connection) {
        connection.latencies.forEach(histogram::recordValue);
        lost += connection.pending.size();
        duplicated += connection.duplicates;
      }
      connection.socket.abort();
    }
    return new Result(histogram, Math.min(sent.get(), total), lost, duplicated, machineLoad);
  }

  /**
   * Waits for the answers still due (at most 60 s; an answer later than that counts as lost), so
   * that a phase's backlog never runs into the next one, then 1 s more for any duplicate.
   */
  private static void awaitAnswers(List<Connection> sockets) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline
        && sockets.stream().anyMatch(connection -> !connection.pending.isEmpty())) {
      Thread.sleep(100);
    }
    Thread.sleep(1000);
  }

  private List<Connection> open(int count, String path, boolean kiosk) throws Exception {
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Connection connection = new Connection(kiosk);
      connection.socket =
          http.newWebSocketBuilder()
              .buildAsync(URI.create(wsBase + path), connection)
              .get(30, TimeUnit.SECONDS);
      if (kiosk) {
        connection.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
        connection.nextSeq.set(2);
      }
      connections.add(connection);
    }
    // 1,000 handshakes queue compilations of their own: let them finish before the phase.
    Thread.sleep(5000);
    return connections;
  }

  /** One kiosk: what it sent and is waiting for, what it received. */
  private static final class Connection extends FrameSocket {
    final boolean kiosk;
    final AtomicInteger nextSeq = new AtomicInteger(1);
    final Map<Integer, Long> pending = new ConcurrentHashMap<>();
    final Map<Long, Integer> messageIds = new ConcurrentHashMap<>();
    final List<Long> latencies = new ArrayList<>();
    final Set<Integer> acked = ConcurrentHashMap.newKeySet();
    int duplicates;
    int handovers;
    int lastAcked;

    Connection(boolean kiosk) {
      this.kiosk = kiosk;
    }

    @Override
    synchronized void received(JsonObject frame) {
      long now = System.nanoTime();
      String type = frame.getString("type", "");
      if (!kiosk) {
        Long start = pending.remove(frame.getInt("seq"));
        if (start != null) {
          latencies.add((now - start) / 1000);
        }
        return;
      }
      if (type.equals("ack") && frame.containsKey("id")) {
        countId(frame.getJsonNumber("id").longValue());
        if (!acked.add(frame.getInt("re"))) {
          duplicates++;
        }
        lastAcked = frame.getInt("re");
      } else if (type.equals("status") && frame.getString("status").equals("WAITING")) {
        // Handed over: the bot is silent from now on; start a new conversation.
        send("{\"type\":\"end\",\"seq\":" + nextSeq.getAndIncrement() + "}");
        send("{\"type\":\"hello\",\"seq\":" + nextSeq.getAndIncrement() + ",\"language\":\"fr\"}");
        handovers++;
      } else if (type.equals("message") && frame.getString("author").equals("BOT")) {
        countId(frame.getJsonNumber("id").longValue());
        Long start = pending.remove(lastAcked);
        if (start != null) {
          latencies.add((now - start) / 1000);
        }
      }
    }

    private void countId(long id) {
      if (messageIds.merge(id, 1, Integer::sum) > 1) {
        duplicates++;
      }
    }
  }
}
