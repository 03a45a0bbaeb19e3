package org.relais.bench;

import jakarta.json.JsonObject;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.relais.platform.json.Jsonp;

/**
 * One WebSocket of a load client: sends one frame at a time (as java.net.http.WebSocket requires)
 * and hands each whole received text frame, parsed, to {@link #received}.
 */
abstract class FrameSocket implements WebSocket.Listener {
  WebSocket socket;
  private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);
  private final StringBuilder partial = new StringBuilder();

  synchronized void send(String frame) {
    lastSend =
        lastSend.handle((ok, failed) -> null).thenCompose(ignored -> socket.sendText(frame, true));
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      JsonObject frame = Jsonp.reader(partial.toString()).readObject();
      partial.setLength(0);
      received(frame);
    }
    webSocket.request(1);
    return null;
  }

  abstract void received(JsonObject frame);
}
