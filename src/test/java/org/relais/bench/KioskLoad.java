package org.relais.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.relais.testing.StaffClient;

/**
 * Load benchmark of the kiosk WebSocket (not a test): opens N kiosk connections, sends visitor
 * messages at a fixed rate, and measures the bot's reply round trip (send to the bot's answer
 * received, after the server stored both), and the same rate against /ws/echo on the same server,
 * over as many connections of its own. Checks that every message gets exactly one acknowledgement
 * and one answer, with ids never seen twice.
 *
 * <p>Usage: KioskLoad baseUrl [connections=1000] [ratePerSecond=200] [seconds=60]
 * [warmUpSeconds=300 | retrain adminPassword]; {@code -Dkiosk.slices=N} (default: one per 10 s).
 *
 * <p>The two paths are measured in alternating slices of about 10 s (echo, bot, bot, echo, echo,
 * ...), both sets of connections open throughout, and each path's slices are added up: the ratio of
 * their p99 then compares them under the same conditions. On this shared virtual machine the speed
 * drifts within minutes (the echo's p50 went from 0.29 to 0.54 ms in one afternoon, same jar): with
 * one echo phase followed by one bot phase, that drift fell on one side of the ratio.
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

  /** How long a slice of one path lasts, about: see the class comment. */
  private static final int SLICE_SECONDS = 10;

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
    Timeline.checkWritable();
    int slices = slices(seconds);
    System.out.printf(
        "%d connections, %d messages/s, %d s per path in %d slices, bot warmed up %d s%n",
        connections, rate, seconds, slices, warmUp);
    Path echo = new Path("echo /ws/echo", load.open(connections, "/ws/echo", null), ECHO_FRAMES);
    Path bot = new Path("bot  /ws/kiosk", load.open(connections, "/ws/kiosk", null), BOT_FRAMES);
    List<Path> paths = new ArrayList<>(List.of(echo, bot));
    String floorDatabase = System.getProperty("kiosk.floor");
    Path floor = null;
    if (floorDatabase != null) {
      Commits commits = new Commits(floorDatabase);
      floor =
          new Path(
              "floor (echo, then one commit)",
              load.open(connections, "/ws/echo", commits),
              ECHO_FRAMES);
      paths.add(floor);
    }
    // Every path warmed first, not compared (see the class comment).
    for (Path path : paths) {
      int warm = path == bot ? warmUp : Math.max(5, seconds / 4);
      load.drive(path.sockets, rate, warm, path.frames)
          .print("warm-up " + path.name + ", not compared");
    }
    load.measureInSlices(paths, rate, seconds, slices);
    paths.forEach(path -> close(path.sockets));
    if (slices > 1) {
      paths.forEach(path -> path.total.print(path.name + ", all slices"));
    }
    System.out.printf("bot p99 / echo p99 = %.2f%n", bot.p99() / echo.p99());
    if (floor != null) {
      System.out.printf("floor p99 / echo p99 = %.2f%n", floor.p99() / echo.p99());
    }
    Timeline.write();
    if (paths.stream().anyMatch(path -> path.total.lost > 0 || path.total.duplicated > 0)) {
      System.exit(1);
    }
  }

  /**
   * Each path for {@code seconds} in all, in {@code slices} turns: in order in odd slices, in
   * reverse in even ones (E B B E E B ...), so that a machine speeding up or slowing down during
   * the run favours no path.
   */
  private void measureInSlices(List<Path> paths, int rate, int seconds, int slices)
      throws Exception {
    for (int slice = 1; slice <= slices; slice++) {
      int sliceSeconds = seconds / slices + (slice <= seconds % slices ? 1 : 0);
      String of = slices == 1 ? "" : ", slice " + slice + " of " + slices;
      List<Path> order = new ArrayList<>(paths);
      if (slice % 2 == 0) {
        Collections.reverse(order);
      }
      for (Path path : order) {
        Result part = drive(path.sockets, rate, sliceSeconds, path.frames);
        part.print(path.name + of);
        path.total = path.total.plus(part);
      }
    }
  }

  /** One path measured: its connections, what it sends, what its slices measured together. */
  private static final class Path {
    final String name;
    final List<Connection> sockets;
    final FrameMaker frames;
    Result total = Result.NONE;

    Path(String name, List<Connection> sockets, FrameMaker frames) {
      this.name = name;
      this.sockets = sockets;
      this.frames = frames;
    }

    double p99() {
      return total.histogram.getValueAtPercentile(99);
    }
  }

  /**
   * The least a stored reply can cost on this machine: after each echo, one row inserted and
   * committed (durably, as the bot's turn is) in a database of its own on the same MariaDB. A few
   * connections, shared by the echo's callbacks.
   */
  private static final class Commits {
    private final BlockingQueue<java.sql.Connection> connections = new LinkedBlockingQueue<>();

    Commits(String url) throws SQLException {
      for (int i = 0; i < 8; i++) {
        connections.add(DriverManager.getConnection(url));
      }
    }

    void commitOne() {
      try {
        java.sql.Connection connection = connections.take();
        try (PreparedStatement insert =
            connection.prepareStatement("insert into commits (sent) values (?)")) {
          insert.setLong(1, System.nanoTime());
          insert.executeUpdate();
        } finally {
          connections.add(connection);
        }
      } catch (SQLException | InterruptedException failed) {
        throw new IllegalStateException("floor commit failed", failed);
      }
    }
  }

  /** {@code -Dkiosk.slices}, from 1 to the seconds; otherwise one line saying so, and exit 2. */
  private static int slices(int seconds) {
    String given = System.getProperty("kiosk.slices");
    if (given == null) {
      return Math.max(1, seconds / SLICE_SECONDS);
    }
    try {
      int slices = Integer.parseInt(given.trim());
      if (slices >= 1 && slices <= seconds) {
        return slices;
      }
    } catch (NumberFormatException notANumber) {
      // said below
    }
    System.err.printf(
        "KioskLoad: -Dkiosk.slices must be a whole number from 1 to the seconds (%d), not '%s'%n",
        seconds, given);
    System.exit(2);
    return 1;
  }

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
    static final Result NONE = new Result(new Histogram(60_000_000L, 3), 0, 0, 0, "");

    /** Both together (the machine's load is per slice: printed with each). */
    Result plus(Result other) {
      Histogram both = histogram.copy();
      both.add(other.histogram);
      return new Result(
          both, sent + other.sent, lost + other.lost, duplicated + other.duplicated, "");
    }

    void print(String name) {
      System.out.printf(
          "%s: sent %d, lost %d, duplicated %d, round trip p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%s%n",
          name,
          sent,
          lost,
          duplicated,
          histogram.getValueAtPercentile(50) / 1000.0,
          histogram.getValueAtPercentile(90) / 1000.0,
          histogram.getValueAtPercentile(99) / 1000.0,
          histogram.getMaxValue() / 1000.0,
          machine.isEmpty() ? "" : " (" + machine + ")");
    }
  }

  private static final FrameMaker ECHO_FRAMES =
      (connection, seq) ->
          "{\"type\":\"echo\",\"seq\":" + seq + ",\"sent\":" + System.nanoTime() + "}";

  private static final FrameMaker BOT_FRAMES =
      (connection, seq) -> {
        String question = QUESTIONS.get(ThreadLocalRandom.current().nextInt(QUESTIONS.size()));
        return "{\"type\":\"message\",\"seq\":" + seq + ",\"text\":\"" + question + "\"}";
      };

  /** A bot phase on connections of its own, closed after it. */
  private Result bot(int connections, int rate, int seconds) throws Exception {
    List<Connection> sockets = open(connections, "/ws/kiosk", null);
    Result result = drive(sockets, rate, seconds, BOT_FRAMES);
    close(sockets);
    return result;
  }

  private interface FrameMaker {
    String make(Connection connection, int seq);
  }

  /**
   * Sends {@code rate} frames a second for {@code seconds} over the connections, waits for the
   * answers still due, and returns what this phase measured (the connections stay open; what they
   * recorded is cleared, the ids seen are kept so that a duplicate across phases still counts).
   */
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
          connection.sendKept(seq, frames.make(connection, seq));
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
        connection.latencies.clear();
        lost += connection.pending.size();
        connection.pending.clear();
        connection.unacknowledged.clear();
        duplicated += connection.duplicates;
        connection.duplicates = 0;
      }
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

  private static void close(List<Connection> sockets) {
    sockets.forEach(connection -> connection.socket.abort());
  }

  /** Connections to {@code path}; {@code commits}, when given, commits after each echo. */
  private List<Connection> open(int count, String path, Commits commits) throws Exception {
    boolean kiosk = path.equals("/ws/kiosk");
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Connection connection = new Connection(kiosk, commits);
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

  /** An answer later than this is printed with the time it came, to match with server logs. */
  private static final long STALL_MICROS = 1_000_000;

  /**
   * What the run prints as it goes, for matching with the server's logs: the stalls seen, at most
   * one line a second (a stall delays many answers at once), and the first error frames.
   */
  private static final class Notices {
    private static long lastPrintedSecond;
    private static int errorsPrinted;

    static synchronized void error(JsonObject frame) {
      if (errorsPrinted++ < 10) {
        System.out.printf("error frame at %s: %s%n", java.time.LocalTime.now().withNano(0), frame);
      }
    }

    static synchronized void seen(long micros) {
      long second = System.currentTimeMillis() / 1000;
      if (second != lastPrintedSecond) {
        lastPrintedSecond = second;
        System.out.printf(
            "stall: an answer after %.1f s, received at %s%n",
            micros / 1e6, java.time.LocalTime.now().withNano(0));
      }
    }
  }

  private static final Set<String> RETRY_LATER = Set.of("too_fast", "not_stored", "server_error");
  private static final ScheduledExecutorService RETRIES =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "retries");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * With {@code -Dkiosk.timeline=<file>}, every round trip as a line "path sent-at-ms micros" (sent
   * at: since the client started), written at the end: to see when the slow ones happen (a periodic
   * task shows as a phase they share).
   */
  private static final class Timeline {
    private static final String FILE = System.getProperty("kiosk.timeline");
    private static final long ORIGIN = System.nanoTime();
    private static final Queue<String> LINES = new ConcurrentLinkedQueue<>();

    static void add(String path, long sentNanos, long micros) {
      if (FILE != null) {
        LINES.add(path + " " + (sentNanos - ORIGIN) / 1000 / 1000.0 + " " + micros);
      }
    }

    /** Before a run of minutes, not after it: a timeline that cannot be written is said now. */
    static void checkWritable() {
      if (FILE != null) {
        try {
          Files.write(java.nio.file.Path.of(FILE), List.of());
        } catch (IOException | RuntimeException e) {
          System.err.println("KioskLoad: kiosk.timeline: cannot write " + FILE + ": " + e);
          System.exit(2);
        }
      }
    }

    static void write() {
      if (FILE != null) {
        try {
          Files.write(java.nio.file.Path.of(FILE), LINES);
        } catch (IOException e) {
          System.err.println("KioskLoad: kiosk.timeline: cannot write " + FILE + ": " + e);
        }
      }
    }
  }

  /** One kiosk: what it sent and is waiting for, what it received. */
  private static final class Connection extends FrameSocket {
    final boolean kiosk;
    final Commits commits;
    final AtomicInteger nextSeq = new AtomicInteger(1);
    final Map<Integer, Long> pending = new ConcurrentHashMap<>();

    /** Frames sent and not yet acknowledged, by seq: the ones to send again, as the page does. */
    final Map<Integer, String> unacknowledged = new ConcurrentHashMap<>();

    final Map<Long, Integer> messageIds = new ConcurrentHashMap<>();
    final List<Long> latencies = new ArrayList<>();
    final Set<Integer> acked = ConcurrentHashMap.newKeySet();
    int duplicates;
    int handovers;
    int lastAcked;

    Connection(boolean kiosk, Commits commits) {
      this.kiosk = kiosk;
      this.commits = commits;
    }

    void sendKept(int seq, String frame) {
      if (kiosk) {
        unacknowledged.put(seq, frame);
      }
      send(frame);
    }

    /**
     * As the kiosk page does (connection.js, RETRY_LATER): a message refused for a reason that
     * passes is sent again a second later, and its round trip still counts from the first send.
     * After a stall of the server, a connection's queued messages are read in a burst and the sixth
     * within a second is refused as too fast.
     */
    private void retryLater(JsonObject error) {
      String code = error.getString("code", "");
      if (error.containsKey("re") && RETRY_LATER.contains(code)) {
        int seq = error.getInt("re");
        RETRIES.schedule(
            () -> {
              String frame = unacknowledged.get(seq);
              if (frame != null) {
                send(frame);
              }
            },
            1,
            TimeUnit.SECONDS);
      }
    }

    @Override
    synchronized void received(JsonObject frame) {
      long now = System.nanoTime();
      String type = frame.getString("type", "");
      if (!kiosk) {
        if (commits != null) {
          commits.commitOne();
          now = System.nanoTime();
        }
        Long start = pending.remove(frame.getInt("seq"));
        if (start != null) {
          record(start, now);
        }
        return;
      }
      if (type.equals("ack") && frame.containsKey("id")) {
        unacknowledged.remove(frame.getInt("re"));
        countId(frame.getJsonNumber("id").longValue());
        if (!acked.add(frame.getInt("re"))) {
          duplicates++;
        }
        lastAcked = frame.getInt("re");
      } else if (type.equals("error")) {
        Notices.error(frame);
        retryLater(frame);
      } else if (type.equals("status") && frame.getString("status").equals("WAITING")) {
        // Handed over: the bot is silent from now on; start a new conversation.
        send("{\"type\":\"end\",\"seq\":" + nextSeq.getAndIncrement() + "}");
        send("{\"type\":\"hello\",\"seq\":" + nextSeq.getAndIncrement() + ",\"language\":\"fr\"}");
        handovers++;
      } else if (type.equals("message") && frame.getString("author").equals("BOT")) {
        countId(frame.getJsonNumber("id").longValue());
        Long start = pending.remove(lastAcked);
        if (start != null) {
          record(start, now);
        }
      }
    }

    private void record(long start, long now) {
      long micros = (now - start) / 1000;
      Timeline.add(kiosk ? "bot" : commits == null ? "echo" : "floor", start, micros);
      latencies.add(micros);
      if (micros > STALL_MICROS) {
        Notices.seen(micros);
      }
    }

    private void countId(long id) {
      if (messageIds.merge(id, 1, Integer::sum) > 1) {
        duplicates++;
      }
    }
  }
}
