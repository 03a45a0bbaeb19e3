package org.relais.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.relais.web.SameOriginConfigurator;

/**
 * Cross-site request forgery protection for every state-changing API call: the browser must send
 * the session's token in {@code X-CSRF-Token} (a page of another site can neither read it nor set
 * the header without the server's consent), and any Origin it sends must be this server's. The
 * sign-in call, which has no session yet, relies on the Origin check and the session cookie's
 * SameSite=Strict.
 */
@Provider
public class CsrfFilter implements ContainerRequestFilter {
  public static final String HEADER = "X-CSRF-Token";
  static final String SESSION_ATTRIBUTE = "relais.csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (SAFE.contains(context.getMethod())) {
      return;
    }
    String origin = context.getHeaderString("Origin");
    String host = context.getHeaderString("Host");
    if (origin != null && host != null && !SameOriginConfigurator.sameHost(origin, host)) {
      context.abortWith(ApiError.response(Response.Status.FORBIDDEN, "cross-site request refused"));
      return;
    }
    HttpSession session = request.getSession(false);
    String expected = session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
    if (org.relais.web.staff.StaffSession.of(session).isPresent()
        && (expected == null || !expected.equals(context.getHeaderString(HEADER)))) {
      context.abortWith(
          ApiError.response(
              403, "missing or wrong " + HEADER + " header (get it from /api/staff/me)", HEADER));
    }
  }

  /** The session's token, created on first use. */
  public static String tokenOf(HttpSession session) {
    String token = (String) session.getAttribute(SESSION_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[24];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(SESSION_ATTRIBUTE, token);
    }
    return token;
  }
}
