package org.relais.web.kiosk;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.web.SameOriginConfigurator;

/** {@code /ws/kiosk}: the visitors' chat (docs/protocol.md). Decodes and delegates. */
@ServerEndpoint(value = "/ws/kiosk", configurator = SameOriginConfigurator.class)
public class KioskEndpoint {
  private static final Logger LOG = Logger.getLogger(KioskEndpoint.class.getName());
  private static final String CONNECTION = "relais.kiosk";

  /**
   * Larger than the protocol's 16 KiB so that an oversized frame gets an error frame, not a close.
   */
  private static final int BUFFER = 64 * 1024;

  @Inject private KioskProtocol protocol;

  @OnOpen
  public void open(Session session, EndpointConfig config) {
    Object crossOrigin = config.getUserProperties().get(SameOriginConfigurator.CROSS_ORIGIN);
    if (crossOrigin != null) {
      new KioskConnection(session)
          .close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "origin not allowed"));
      return;
    }
    session.setMaxTextMessageBufferSize(BUFFER);
    session.getUserProperties().put(CONNECTION, new KioskConnection(session));
  }

  @OnMessage
  public void frame(Session session, String text) {
    KioskConnection connection = (KioskConnection) session.getUserProperties().get(CONNECTION);
    if (connection != null) {
      protocol.received(connection, text);
    }
  }

  @OnClose
  public void closed(Session session) {
    KioskConnection connection = (KioskConnection) session.getUserProperties().get(CONNECTION);
    if (connection != null) {
      protocol.closed(connection);
    }
  }

  @OnError
  public void failed(Session session, Throwable error) {
    LOG.log(Level.FINE, "kiosk connection error", error);
  }
}
