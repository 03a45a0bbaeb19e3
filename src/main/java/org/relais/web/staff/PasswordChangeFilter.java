package org.relais.web.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.relais.web.api.ApiError;

/**
 * A one-time password (first admin, new account, reset) only lets its holder choose their own: the
 * helpdesk and admin APIs answer 403 until then.
 */
@Provider
public class PasswordChangeFilter implements ContainerRequestFilter {
  static final String MUST_CHANGE = "relais.mustChangePassword";

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    String path = context.getUriInfo().getPath();
    if (!path.startsWith("helpdesk") && !path.startsWith("admin")) {
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))) {
      context.abortWith(
          ApiError.response(
              403, "choose your own password first (PUT /api/staff/me/password)", "password"));
    }
  }
}
