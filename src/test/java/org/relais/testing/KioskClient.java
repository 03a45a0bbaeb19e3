package org.relais.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A kiosk as the server sees it: a WebSocket on /ws/kiosk speaking docs/protocol.md. */
public final class KioskClient implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final WebSocket socket;
  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();

  private KioskClient(URI uri, String origin) {
    WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    socket = builder.buildAsync(uri, new Listener()).join();
  }

  public static KioskClient connect(URL base) {
    return connect(base, null);
  }

  public static KioskClient connect(URL base, String origin) {
    return new KioskClient(
        URI.create(base.toString().replaceFirst("^http", "ws") + "ws/kiosk"), origin);
  }

  public void send(String frame) {
    socket.sendText(frame, true).join();
  }

  /**
   * Says hello in French, then sends one visitor message (with a button's payload, or typed when
   * payload is null) and returns the conversation id its ack names.
   */
  public long startInFrench(String text, String payload) throws InterruptedException {
    send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
    next("welcome");
    var message = Json.createObjectBuilder().add("type", "message").add("seq", 2).add("text", text);
    if (payload != null) {
      message.add("payload", payload);
    }
    send(message.build().toString());
    return next("ack").getJsonNumber("conversation").longValue();
  }

  /** The next frame, whatever its type. */
  public JsonObject next() throws InterruptedException {
    JsonObject frame = frames.poll(20, TimeUnit.SECONDS);
    if (frame == null) {
      throw new AssertionError("no frame from the server within 20 s");
    }
    return frame;
  }

  /** The next frame, which must be of this type. */
  public JsonObject next(String type) throws InterruptedException {
    JsonObject frame = next();
    if (!type.equals(frame.getString("type"))) {
      throw new AssertionError("expected a " + type + " frame, got " + frame);
    }
    return frame;
  }

  /** Frames until (and including) the first of this type. */
  public List<JsonObject> until(String type) throws InterruptedException {
    List<JsonObject> received = new ArrayList<>();
    JsonObject frame;
    do {
      frame = next();
      received.add(frame);
    } while (!type.equals(frame.getString("type")));
    return received;
  }

  /** The first frame matching the condition within 20 s; frames before it are skipped. */
  public JsonObject await(java.util.function.Predicate<JsonObject> condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject frame = frames.poll(200, TimeUnit.MILLISECONDS);
      if (frame != null && condition.test(frame)) {
        return frame;
      }
    }
    throw new AssertionError("no matching frame within 20 s");
  }

  /** Whether any frame containing the text arrives within the delay. */
  public boolean receives(String text, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject frame = frames.poll(100, TimeUnit.MILLISECONDS);
      if (frame != null && frame.toString().contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** Nothing more arrives within the delay. */
  public boolean silentFor(Duration delay) throws InterruptedException {
    return frames.poll(delay.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  public int closeCode() throws Exception {
    return closed.get(20, TimeUnit.SECONDS);
  }

  /** Drops the connection without a goodbye, like a kiosk losing its network. */
  public void drop() {
    socket.abort();
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    socket.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
    }
  }
}
