package org.relais.web.worker;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A staff session ends (sign-out or inactivity timeout): its open consoles must not keep receiving
 * the queue, which a WebSocket would otherwise do until the tab closes.
 */
@WebListener
public class StaffSessionEnd implements HttpSessionListener {
  @Inject private WorkerConsoles consoles;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    consoles.signedOut(event.getSession().getId());
  }
}
