package org.relais.web;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Refuses WebSocket handshakes from a page of another site: a browser sends its page's Origin,
 * which must name this server's own host. (Non-browser clients send no Origin; they could forge one
 * anyway.) The refusal is recorded here and carried out on open with close code 1008, because the
 * handshake hook cannot see the Host header and answer 403 at the same time.
 */
public class SameOriginConfigurator extends ServerEndpointConfig.Configurator {
  public static final String CROSS_ORIGIN = "relais.crossOrigin";

  /** The signed-in staff member behind the handshake, if any (the WebSocket cannot ask later). */
  public static final String STAFF = "relais.staff";

  /** The id of the HTTP session behind the handshake: its end (sign-out, timeout) closes it. */
  public static final String HTTP_SESSION_ID = "relais.httpSessionId";

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    config.getUserProperties().remove(CROSS_ORIGIN);
    config.getUserProperties().remove(STAFF);
    config.getUserProperties().remove(HTTP_SESSION_ID);
    Object session = request.getHttpSession();
    if (session instanceof jakarta.servlet.http.HttpSession http) {
      config.getUserProperties().put(HTTP_SESSION_ID, http.getId());
    }
    config
        .getUserProperties()
        .put(
            STAFF,
            session instanceof jakarta.servlet.http.HttpSession http
                ? org.relais.web.staff.StaffSession.of(http).orElse(null)
                : null);
    Map<String, List<String>> headers = request.getHeaders();
    String origin = first(headers, "origin");
    String host = first(headers, "host");
    if (origin != null && host != null && !sameHost(origin, host)) {
      config.getUserProperties().put(CROSS_ORIGIN, origin);
    }
  }

  public static boolean sameHost(String origin, String host) {
    try {
      URI uri = URI.create(origin);
      String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      String defaultPortHost = host.replaceFirst(":(80|443)$", "");
      return host.equalsIgnoreCase(originHost) || defaultPortHost.equalsIgnoreCase(originHost);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }
}
