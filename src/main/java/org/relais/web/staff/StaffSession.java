package org.relais.web.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.relais.staff.Role;

/**
 * The signed-in staff member, kept in the HTTP session by the sign-in endpoint and read by the
 * access filter, the API and the console's WebSocket.
 *
 * <p>Why not the container's principal and roles: on Payara 6.2025.10, a session restored by
 * Jakarta Security's {@code @AutoApplySession} sometimes loses its groups under concurrent requests
 * and the container answers 403 (payara/Payara#6145, fixed after that release). The credentials are
 * still checked by the Jakarta Security identity store.
 */
public record StaffSession(String login, String displayName, Role role) implements Serializable {
  static final String ATTRIBUTE = "relais.staff";

  public static Optional<StaffSession> of(HttpServletRequest request) {
    return of(request.getSession(false));
  }

  public static Optional<StaffSession> of(HttpSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((StaffSession) session.getAttribute(ATTRIBUTE));
  }

  public boolean is(Role needed) {
    return role.groups().contains(needed.name());
  }

  void store(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }
}
