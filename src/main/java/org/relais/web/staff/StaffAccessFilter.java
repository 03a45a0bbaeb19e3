package org.relais.web.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.relais.staff.Role;

/**
 * Every staff path requires a signed-in member of the right role: workers for the console, the
 * helpdesk API and its WebSocket; admins for the admin pages and API. The API and WebSockets answer
 * 401 (not signed in) or 403 (wrong role) with a JSON body; pages redirect to sign-in.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StaffAccessFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  public static final String SIGN_IN_PAGE = "/staff/sign-in.html";

  private record Rule(String prefix, Role role) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("/api/admin/", Role.ADMIN),
          new Rule("/admin/", Role.ADMIN),
          new Rule("/api/helpdesk/", Role.WORKER),
          new Rule("/api/staff/me", Role.WORKER),
          new Rule("/console/", Role.WORKER),
          new Rule("/ws/worker", Role.WORKER));

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<Role> needed =
        RULES.stream().filter(r -> path.startsWith(r.prefix())).map(Rule::role).findFirst();
    if (needed.isEmpty() || (path.equals("/admin") || path.equals("/console"))) {
      if (path.equals("/admin") || path.equals("/console")) {
        response.sendRedirect(request.getContextPath() + path + "/");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    Optional<StaffSession> staff = StaffSession.of(request);
    if (staff.isPresent() && staff.get().is(needed.get())) {
      chain.doFilter(request, response);
    } else if (path.startsWith("/api/") || path.startsWith("/ws/")) {
      int status = staff.isPresent() ? 403 : 401;
      response.setStatus(status);
      response.setContentType("application/json");
      response
          .getWriter()
          .write(
              "{\"error\":\""
                  + (status == 401 ? "sign in first" : "not allowed for your role")
                  + "\"}");
    } else if (staff.isPresent()) {
      response.sendError(403);
    } else {
      String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(
          request.getContextPath()
              + SIGN_IN_PAGE
              + "?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
  }
}
