package org.relais.web.kiosk;

import jakarta.inject.Inject;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import org.relais.web.SilentConnections;

/**
 * {@code /ws/echo}: sends every frame back. Only for the load benchmark, which compares the bot's
 * round trip with this bare one on the same server; served only with RELAIS_BENCHMARK_ECHO=on (see
 * {@link WebSocketEndpoints}). Its sessions are watched for silence like the kiosk's, so that the
 * two round trips differ only by what the kiosk endpoint does.
 */
@ServerEndpoint("/ws/echo")
public class EchoEndpoint {
  @Inject private SilentConnections silent;

  @OnOpen
  public void open(Session session) {
    silent.watch(session);
  }

  @OnMessage
  public String echo(Session session, String frame) {
    silent.heard(session);
    return frame;
  }

  @OnClose
  public void closed(Session session) {
    silent.forget(session);
  }
}
