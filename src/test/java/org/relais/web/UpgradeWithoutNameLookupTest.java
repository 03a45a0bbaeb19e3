package org.relais.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpgradeWithoutNameLookupTest {
  /** Method names called on the container's request. */
  private final List<String> calls = new ArrayList<>();

  @Test
  void aWebSocketUpgrade_reachesTyrusWithTheLocalAddressAsItsName_withoutAskingTheContainer()
      throws Exception {
    for (String upgrade : List.of("websocket", "WebSocket")) {
      calls.clear();
      ServletRequest passedOn = filter(request(Map.of("Upgrade", upgrade)));
      assertEquals("192.0.2.2", passedOn.getLocalName());
      assertEquals(8080, passedOn.getLocalPort(), "everything else is the container's");
      assertFalse(calls.contains("getLocalName"), "no reverse lookup: " + calls);
    }
  }

  @Test
  void otherRequests_passUnchanged() throws Exception {
    HttpServletRequest plain = request(Map.of());
    assertSame(plain, filter(plain));
    HttpServletRequest h2c = request(Map.of("Upgrade", "h2c"));
    assertSame(h2c, filter(h2c));
  }

  private ServletRequest filter(HttpServletRequest request) throws Exception {
    ServletRequest[] passedOn = new ServletRequest[1];
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> null);
    new UpgradeWithoutNameLookup().doFilter(request, response, (req, res) -> passedOn[0] = req);
    return passedOn[0];
  }

  /** A container's request from 192.0.2.2:8080 with these headers; it records what is asked. */
  private HttpServletRequest request(Map<String, String> headers) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> {
              calls.add(method.getName());
              return switch (method.getName()) {
                case "getHeader" -> headers.get((String) args[0]);
                case "getLocalAddr" -> "192.0.2.2";
                case "getLocalName" -> "resolved-by-dns.example";
                case "getLocalPort" -> 8080;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> null;
              };
            });
  }
}
