package org.relais.web.kiosk;

import jakarta.websocket.OnMessage;
import jakarta.websocket.server.ServerEndpoint;

/**
 * {@code /ws/echo}: sends every frame back. Only for the load benchmark, which compares the bot's
 * round trip with this bare one on the same server; served only with RELAIS_BENCHMARK_ECHO=on (see
 * {@link WebSocketEndpoints}).
 */
@ServerEndpoint("/ws/echo")
public class EchoEndpoint {
  @OnMessage
  public String echo(String frame) {
    return frame;
  }
}
