package org.relais.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Spares every WebSocket handshake (kiosks, worker consoles) a reverse DNS lookup of the server's
 * own address.
 *
 * <p>Tyrus asks the upgrade request for {@code getLocalName()}, which Grizzly answers with {@code
 * InetAddress.getHostName()} on the address the connection came in on: a PTR query to the network's
 * DNS for every handshake, which Java does not cache. Where that DNS is slow or drops queries (no
 * PTR record for a LAN address, a resolver under load), each handshake waits for the resolver's
 * timeout, 5 s on Linux. Found on our build machine: kiosks connecting to its LAN address stalled 5
 * s in bursts every 5-6 s, one gave up after 10 s (the ModelsIT failures); through 127.0.0.1, which
 * /etc/hosts names, never (docs/benchmarks.md, "WebSocket handshakes").
 *
 * <p>Relais never uses that name, so the upgrade request answers it with the address itself, as
 * {@code getLocalAddr()} does. This filter only needs to run before Tyrus's, which the container
 * adds after the application's own filters.
 */
@WebFilter(urlPatterns = "/ws/*", asyncSupported = true)
public class UpgradeWithoutNameLookup extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(
        isWebSocketUpgrade(request) ? new LocalAddressAsName(request) : request, response);
  }

  static boolean isWebSocketUpgrade(HttpServletRequest request) {
    return "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
  }

  /** The request as it was, except that its local name is its local address. */
  static final class LocalAddressAsName extends HttpServletRequestWrapper {
    LocalAddressAsName(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getLocalName() {
      return getLocalAddr();
    }
  }
}
