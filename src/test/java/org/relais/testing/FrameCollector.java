package org.relais.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Collects the JSON frames a WebSocket receives, and its close code. */
public final class FrameCollector implements WebSocket.Listener {
  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  public final CompletableFuture<Integer> closed = new CompletableFuture<>();

  @Override
  public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
      partial.setLength(0);
    }
    socket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
    closed.complete(code);
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    closed.completeExceptionally(error);
  }

  /** The first frame matching the condition within 20 s (frames before it are skipped). */
  public JsonObject await(Predicate<JsonObject> condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      JsonObject frame = frames.poll(200, TimeUnit.MILLISECONDS);
      if (frame != null && condition.test(frame)) {
        return frame;
      }
    }
    throw new AssertionError("no matching frame within 20 s");
  }

  /** Whether a frame matching the condition arrives within the delay. */
  public boolean receives(Predicate<JsonObject> condition, Duration within)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(within);
    while (Instant.now().isBefore(deadline)) {
      JsonObject frame = frames.poll(100, TimeUnit.MILLISECONDS);
      if (frame != null && condition.test(frame)) {
        return true;
      }
    }
    return false;
  }
}
