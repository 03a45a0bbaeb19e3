package org.relais.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every running instance that something shared changed (the knowledge base, the active
 * model): a writer bumps a counter in MariaDB; each instance polls the counters every few seconds
 * and fires {@link Changed} when one moved. One small query, no cluster needed.
 */
@ApplicationScoped
public class SyncVersions {
  public static final String KNOWLEDGE = "knowledge";
  public static final String MODEL = "model";
  private static final Logger LOG = Logger.getLogger(SyncVersions.class.getName());

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private Event<Changed> changed;
  @Inject private SyncVersions self;

  private final Map<String, Long> seen = new HashMap<>();

  /** Something shared changed; observers reload it. */
  public record Changed(String name) {}

  void start(@Observes DatabaseReady ready) {
    seen.putAll(self.current());
    scheduler.scheduleWithFixedDelay(this::poll, 3, 3, TimeUnit.SECONDS);
  }

  /** Bumps the counter, in the caller's transaction. */
  @Transactional
  public void bump(String name) {
    entityManager
        .createNativeQuery("update sync_version set version = version + 1 where name = ?")
        .setParameter(1, name)
        .executeUpdate();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  public Map<String, Long> current() {
    Map<String, Long> versions = new HashMap<>();
    for (Object[] row :
        (List<Object[]>)
            entityManager
                .createNativeQuery("select name, version from sync_version")
                .getResultList()) {
      versions.put((String) row[0], ((Number) row[1]).longValue());
    }
    return versions;
  }

  private synchronized void poll() {
    try {
      self.current()
          .forEach(
              (name, version) -> {
                Long previous = seen.put(name, version);
                if (previous != null && !previous.equals(version)) {
                  changed.fire(new Changed(name));
                }
              });
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "sync poll failed; next one in 3 s", e);
    }
  }
}
