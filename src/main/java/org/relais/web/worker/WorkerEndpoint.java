package org.relais.web.worker;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import org.relais.staff.Role;
import org.relais.web.SameOriginConfigurator;
import org.relais.web.staff.StaffSession;

/**
 * {@code /ws/worker}: pushes the helpdesk queue live to signed-in consoles. The access filter
 * refuses an anonymous or non-worker handshake (401/403); this endpoint checks again and closes
 * with 4401/4403, and refuses other sites' pages (1008). Consoles act through /api/helpdesk.
 */
@ServerEndpoint(value = "/ws/worker", configurator = SameOriginConfigurator.class)
public class WorkerEndpoint {
  @Inject private WorkerConsoles consoles;

  @OnOpen
  public void open(Session session, EndpointConfig config) throws IOException {
    StaffSession caller =
        (StaffSession) config.getUserProperties().get(SameOriginConfigurator.STAFF);
    if (config.getUserProperties().get(SameOriginConfigurator.CROSS_ORIGIN) != null) {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "origin not allowed"));
    } else if (caller == null) {
      session.close(new CloseReason(() -> 4401, "sign in first"));
    } else if (!caller.is(Role.WORKER)) {
      session.close(new CloseReason(() -> 4403, "workers only"));
    } else {
      consoles.opened(
          session,
          caller.login(),
          (String) config.getUserProperties().get(SameOriginConfigurator.HTTP_SESSION_ID));
    }
  }

  /** Consoles only ping; anything else is ignored. */
  @OnMessage
  public String ping(String frame) {
    return "{\"type\":\"pong\"}";
  }

  @OnClose
  public void closed(Session session) {
    consoles.closed(session);
  }
}
