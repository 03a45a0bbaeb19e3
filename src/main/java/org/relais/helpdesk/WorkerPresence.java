package org.relais.helpdesk;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.Setting;

/**
 * Which workers have a console open on this server. When a worker's last console goes away, their
 * conversations stay theirs for a grace period (a reload, a network hiccup), then return to the
 * queue at their original place.
 */
@ApplicationScoped
public class WorkerPresence {
  private static final Logger LOG = Logger.getLogger(WorkerPresence.class.getName());

  private final Map<String, Set<String>> consolesByLogin = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> pendingReturns = new ConcurrentHashMap<>();

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private HelpdeskService helpdesk;
  @Inject private RelaisConfiguration configuration;

  public void connected(String login, String consoleId) {
    consolesByLogin.computeIfAbsent(login, l -> ConcurrentHashMap.newKeySet()).add(consoleId);
    ScheduledFuture<?> pending = pendingReturns.remove(login);
    if (pending != null) {
      pending.cancel(false);
    }
  }

  public void disconnected(String login, String consoleId) {
    Set<String> consoles = consolesByLogin.get(login);
    if (consoles == null) {
      return;
    }
    consoles.remove(consoleId);
    if (consoles.isEmpty()) {
      consolesByLogin.remove(login, consoles);
      int grace = configuration.getInt(Setting.HELPDESK_GRACE_SECONDS);
      pendingReturns.put(
          login, scheduler.schedule(() -> returnConversations(login), grace, TimeUnit.SECONDS));
    }
  }

  public boolean anyWorkerOnline() {
    return !consolesByLogin.isEmpty();
  }

  public Set<String> onlineLogins() {
    return Set.copyOf(consolesByLogin.keySet());
  }

  private void returnConversations(String login) {
    pendingReturns.remove(login);
    if (consolesByLogin.containsKey(login)) {
      return;
    }
    try {
      int returned = helpdesk.releaseAllOf(login);
      if (returned > 0) {
        LOG.info(
            returned
                + " conversation(s) of "
                + login
                + " back in the queue: console away past the grace period");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Could not return the conversations of " + login + " to the queue: " + e);
    }
  }
}
