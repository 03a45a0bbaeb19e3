package org.relais.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the WebSocket container (Tyrus, inside Payara) a plain scheduler for its idle-timeout
 * timers.
 *
 * <p>Why: Tyrus restarts a session's idle-timeout timer at every frame sent or received, whatever
 * the timeout, and in Payara it schedules it on the default managed scheduled executor. Each
 * managed schedule captures the thread's context, and Payara's capture runs a ServiceLoader scan of
 * the class path for context providers. Profiled under kiosk load (JFR), that was 40 % of the chat
 * threads' CPU (docs/benchmarks.md). The timer only closes an idle session: it needs no container
 * context, so a plain single-thread scheduler (what Tyrus uses outside an application server) does
 * the same job.
 *
 * <p>Tyrus has no setting for this, so the scheduler is set on its container's field. If a later
 * Payara renames it, nothing breaks: the container keeps its own scheduler, a warning says so, and
 * {@code KioskProtocolIT} fails to tell whoever upgrades.
 */
@WebListener
public class WebSocketTimers implements ServletContextListener {
  private static final Logger LOG = Logger.getLogger(WebSocketTimers.class.getName());
  static final String FIELD = "managedScheduledExecutorService";

  private static volatile boolean installed;
  private ScheduledThreadPoolExecutor timers;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
    if (container == null) {
      return; // no WebSocket container here
    }
    Field field = schedulerField(container.getClass());
    if (field == null) {
      LOG.warning(
          "The WebSocket container has no field "
              + FIELD
              + ": its idle timers stay on the managed executor (slower under load).");
      return;
    }
    timers = new ScheduledThreadPoolExecutor(1, WebSocketTimers::daemon);
    timers.setRemoveOnCancelPolicy(true); // a timer is cancelled at every frame: don't keep them
    try {
      field.setAccessible(true);
      field.set(container, timers);
      installed = true;
    } catch (ReflectiveOperationException | RuntimeException refused) {
      LOG.log(Level.WARNING, "Could not give the WebSocket container its own timers", refused);
      timers.shutdown();
      timers = null;
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (timers != null) {
      timers.shutdownNow();
      installed = false;
    }
  }

  /** Whether the WebSocket container's idle timers run on the plain scheduler. */
  public static boolean installed() {
    return installed;
  }

  private static Field schedulerField(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(FIELD);
        return ScheduledExecutorService.class.isAssignableFrom(field.getType()) ? field : null;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    return null;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "relais-websocket-timers");
    thread.setDaemon(true);
    return thread;
  }
}
