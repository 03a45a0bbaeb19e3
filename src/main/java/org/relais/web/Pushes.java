package org.relais.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs pushes to kiosks and consoles one after the other on a thread of their own: a broadcast to
 * every console never delays the kiosk whose message caused it, and a later queue snapshot can
 * never overtake an earlier one.
 */
@ApplicationScoped
public class Pushes {
  private static final Logger LOG = Logger.getLogger(Pushes.class.getName());

  @Resource private ManagedThreadFactory threads;
  private ExecutorService executor;

  @PostConstruct
  void start() {
    executor = Executors.newSingleThreadExecutor(threads);
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  public void later(Runnable push) {
    executor.execute(
        () -> {
          try {
            push.run();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A push failed: " + e, e);
          }
        });
  }
}
