package org.relais.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.HandoverReason;

/**
 * The queue as one query: waiting conversations first (urgent ones, then the longest waiting), then
 * those a worker has. Callers own the transaction.
 */
@ApplicationScoped
public class HelpdeskQueue {
  private static final int PREVIEW = 140;

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @SuppressWarnings("unchecked")
  public List<QueueEntry> entries() {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select c.id, c.status, c.urgent, c.handover_reason, c.language, c.waiting_since,"
                    + " s.login, s.display_name,"
                    + " (select m.text from message m where m.conversation_id = c.id"
                    + "   and m.author = 'VISITOR' order by m.id desc limit 1)"
                    + " from conversation c left join staff_member s on s.id = c.worker_id"
                    + " where c.status in ('WAITING', 'WITH_WORKER')"
                    + " order by c.status = 'WITH_WORKER', c.urgent desc, c.waiting_since, c.id")
            .getResultList();
    List<QueueEntry> entries = new ArrayList<>();
    int position = 0;
    for (Object[] row : rows) {
      ConversationStatus status = ConversationStatus.valueOf((String) row[1]);
      entries.add(
          new QueueEntry(
              ((Number) row[0]).longValue(),
              status,
              asBoolean(row[2]),
              row[3] == null ? null : HandoverReason.valueOf((String) row[3]),
              (String) row[4],
              row[5] == null ? null : ((Timestamp) row[5]).toInstant(),
              status == ConversationStatus.WAITING ? ++position : 0,
              (String) row[6],
              (String) row[7],
              preview((String) row[8])));
    }
    return entries;
  }

  private static boolean asBoolean(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  private static String preview(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1) + "…";
  }
}
