package org.relais.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Conversations and their messages in MariaDB. Callers own the transaction. */
@ApplicationScoped
public class ConversationRepository {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  public Optional<Conversation> find(long id) {
    return Optional.ofNullable(entityManager.find(Conversation.class, id));
  }

  /**
   * Reads the conversation from the database, not the shared cache, and locks its row until the
   * transaction ends (SELECT ... FOR UPDATE): whoever reads it next waits, then sees this change.
   */
  public Optional<Conversation> findLocked(long id) {
    return Optional.ofNullable(
        entityManager.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Conversation> findByResumeTokenHash(String hash) {
    return entityManager
        .createQuery(
            "select c from Conversation c where c.resumeTokenHash = :hash", Conversation.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst();
  }

  /** Stores a new conversation and returns it with its id. */
  public Conversation add(Conversation conversation) {
    entityManager.persist(conversation);
    entityManager.flush();
    return conversation;
  }

  /**
   * Stores a message with the transaction; it has its id at once (a sequence), and is inserted at
   * commit together with the turn's other messages.
   */
  public Message add(Message message) {
    entityManager.persist(message);
    return message;
  }

  /**
   * Also called from the push thread, outside any request: it then gets a transaction of its own,
   * so that the read never meets an entity manager closed under it.
   */
  @Transactional
  public Optional<Message> message(long id) {
    return Optional.ofNullable(entityManager.find(Message.class, id));
  }

  public Optional<Message> visitorMessageWithSeq(long conversationId, int seq) {
    return entityManager
        .createQuery(
            "select m from Message m where m.conversationId = :conversation and m.clientSeq = :seq",
            Message.class)
        .setParameter("conversation", conversationId)
        .setParameter("seq", seq)
        .getResultStream()
        .findFirst();
  }

  /** The conversation's messages after {@code afterId}, oldest first. */
  public List<Message> messagesAfter(long conversationId, long afterId) {
    return entityManager
        .createQuery(
            "select m from Message m where m.conversationId = :conversation and m.id > :after"
                + " order by m.id",
            Message.class)
        .setParameter("conversation", conversationId)
        .setParameter("after", afterId)
        .getResultList();
  }

  /**
   * 1 for the next conversation to be taken: urgent ones first, then the longest waiting (ties
   * broken by id, so that every waiting conversation has its own place).
   */
  public int queuePosition(Conversation conversation) {
    Instant since = conversation.waitingSince().orElseThrow();
    Long ahead =
        entityManager
            .createQuery(
                "select count(c) from Conversation c where c.status = :waiting and c.id <> :id and ("
                    + " (c.urgent = true and :urgent = false)"
                    + " or (c.urgent = :urgent and (c.waitingSince < :since"
                    + "     or (c.waitingSince = :since and c.id < :id))))",
                Long.class)
            .setParameter("waiting", ConversationStatus.WAITING)
            .setParameter("id", conversation.id())
            .setParameter("urgent", conversation.isUrgent())
            .setParameter("since", since)
            .getSingleResult();
    return ahead.intValue() + 1;
  }

  /** Open conversations still with the bot whose kiosk has been silent since {@code before}. */
  public List<Conversation> idleWithBot(Instant before) {
    return entityManager
        .createQuery(
            "select c from Conversation c where c.status = :withBot and c.lastActivityAt < :before",
            Conversation.class)
        .setParameter("withBot", ConversationStatus.WITH_BOT)
        .setParameter("before", before)
        .getResultList();
  }

  /**
   * Deletes conversations closed before the date, their messages with them (ON DELETE CASCADE), and
   * drops every cached conversation: the SQL bypasses JPA, so the cache would keep deleted ones.
   */
  public int deleteClosedBefore(Instant before) {
    int deleted =
        entityManager
            .createNativeQuery("delete from conversation where status = 'CLOSED' and closed_at < ?")
            .setParameter(1, java.sql.Timestamp.from(before))
            .executeUpdate();
    entityManager.getEntityManagerFactory().getCache().evict(Conversation.class);
    return deleted;
  }
}
