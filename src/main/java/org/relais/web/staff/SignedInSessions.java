package org.relais.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.relais.staff.StaffAccountChanged;

/**
 * The staff sessions open on this server, by login, so that an admin's change to an account
 * (disabled, new role, password reset) signs it out at once: a session keeps the role it signed in
 * with, and a disabled worker must not go on reading the queue until their session times out.
 * Ending the session also closes its consoles ({@code StaffSessionEnd}).
 *
 * <p>With {@code RELAIS_CLUSTER=on}, only the sessions held by this instance are ended.
 */
@ApplicationScoped
public class SignedInSessions {
  // By session id: the container may hand listeners another facade object for the same session.
  private final Map<String, Map<String, HttpSession>> byLogin = new ConcurrentHashMap<>();

  void signedIn(String login, HttpSession session) {
    byLogin.computeIfAbsent(login, l -> new ConcurrentHashMap<>()).put(session.getId(), session);
  }

  void ended(String sessionId) {
    byLogin.values().forEach(sessions -> sessions.remove(sessionId));
    byLogin.values().removeIf(Map::isEmpty);
  }

  /** After the change is committed: a refused change signs nobody out. */
  void accountChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) StaffAccountChanged change) {
    Map<String, HttpSession> sessions = byLogin.remove(change.login());
    if (sessions == null) {
      return;
    }
    for (HttpSession session : sessions.values()) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        // it timed out or signed out meanwhile
      }
    }
  }

  /** Forgets sessions as they end (sign-out, time-out or invalidation above). */
  @WebListener
  public static class Forget implements HttpSessionListener {
    @Inject private SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      sessions.ended(event.getSession().getId());
    }
  }
}
