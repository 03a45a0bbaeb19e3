package org.relais.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The anonymous statistics that outlive the retention period: per day, intent and language, how
 * many conversations there were and whether they went to a person. Counted when a conversation
 * closes; nothing a visitor wrote is kept.
 */
@ApplicationScoped
public class DailyCounts {
  static final String NO_INTENT = "none";

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  void count(Conversation conversation, List<Message> messages) {
    Set<String> intents = new LinkedHashSet<>();
    for (Message message : messages) {
      message
          .prediction()
          .filter(p -> !p.outOfScope() && p.intent() != null)
          .ifPresent(p -> intents.add(p.intent()));
    }
    if (intents.isEmpty()) {
      intents.add(NO_INTENT);
    }
    LocalDate day = conversation.closedAt().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate();
    boolean handedOver = conversation.handoverReason().isPresent();
    for (String intent : intents) {
      entityManager
          .createNativeQuery(
              "insert into daily_count (day, intent, language, handed_over, count) values (?, ?, ?, ?, 1)"
                  + " on duplicate key update count = count + 1")
          .setParameter(1, java.sql.Date.valueOf(day))
          .setParameter(2, intent)
          .setParameter(3, conversation.language())
          .setParameter(4, handedOver)
          .executeUpdate();
    }
  }
}
