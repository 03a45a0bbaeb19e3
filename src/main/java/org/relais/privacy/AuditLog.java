package org.relais.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The record of admin actions: who did what to what, and when. Readable by admins. */
@ApplicationScoped
public class AuditLog {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  /** Records an action; joins the caller's transaction, so it is kept only if the action is. */
  @Transactional
  public void record(String actor, String action, String target, String details) {
    entityManager
        .createNativeQuery(
            "insert into audit_entry (at, actor, action, target, details) values (?, ?, ?, ?, ?)")
        .setParameter(1, Timestamp.from(Instant.now()))
        .setParameter(2, actor)
        .setParameter(3, action)
        .setParameter(4, target)
        .setParameter(
            5,
            details == null ? null : details.length() > 2000 ? details.substring(0, 2000) : details)
        .executeUpdate();
  }

  /**
   * The newest entries older than the entry {@code before} (Long.MAX_VALUE: the newest of all): a
   * page loads the next older ones without skipping or repeating any while new ones are recorded.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  public List<Entry> recent(long before, int limit) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, at, actor, action, target, details from audit_entry"
                    + " where id < ? order by id desc limit ?")
            .setParameter(1, before)
            .setParameter(2, Math.max(1, Math.min(limit, 1000)))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Entry(
                    ((Number) r[0]).longValue(),
                    ((Timestamp) r[1]).toInstant(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5]))
        .toList();
  }

  /** One recorded action. */
  public record Entry(
      long id, Instant at, String actor, String action, String target, String details) {}
}
