package org.relais.conversation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.identitymaps.CacheKey;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.relais.platform.database.RelaisDataSource;
import org.relais.platform.json.Jsonp;

/**
 * Stores a kiosk turn (the visitor's message, the bot's replies, the conversation's new state) in
 * one round trip: the database runs the transaction ({@code store_turn}, V8; V10 inserts the
 * messages row by row, one redo log sync per turn instead of two). Through JPA the same turn cost
 * five round trips (XA START, the inserts, the update, XA END, XA COMMIT), the largest part of a
 * turn's time under load (docs/benchmarks.md, issue 4). Every other write to a conversation still
 * goes through JPA.
 *
 * <p>Optimistic, like JPA's version check: the turn is stored only if the conversation's version in
 * the database is still the one the turn started from. Otherwise nothing is stored and {@link
 * #store} says so; the caller reads the conversation again and decides again.
 *
 * <p>The shared cache keeps up: a stored turn's conversation replaces the cached copy, under the
 * cache entry's own lock (the one EclipseLink's commits take to merge), and only if the cached copy
 * is still the version the turn started from: a worker's commit merged in between stays. That lock
 * is EclipseLink's internal API; the public one ({@code JpaCache.putObject}) would check and put in
 * two steps, and a commit merged between them would be overwritten by an older state.
 */
@ApplicationScoped
public class TurnStore {
  static final String STORE_TURN = "CALL store_turn(?,?,?,?,?,?,?,?,?,?,?,?,?)";

  @Resource(lookup = RelaisDataSource.JNDI_NAME)
  private DataSource database;

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  /**
   * Stores the turn, outside any JTA transaction (no XA round trips): the messages get their ids
   * here, from the same sequence as JPA's, so that ids keep each conversation's order.
   *
   * @param conversation the turn's copy, changed by the turn; not a managed entity
   * @param messages the turn's new messages, in order, all of this conversation and this time
   * @return false if the conversation changed since it was read: nothing was stored
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public boolean store(Conversation conversation, List<Message> messages, Instant now) {
    ServerSession session = entityManager.unwrap(JpaEntityManager.class).getServerSession();
    for (Message message : messages) {
      message.identify(session.getNextSequenceNumberValue(Message.class).longValue());
    }
    int versionRead = conversation.version();
    boolean stored;
    try (Connection connection = database.getConnection();
        PreparedStatement call = connection.prepareStatement(STORE_TURN)) {
      bind(call, conversation, now, json(messages));
      try (ResultSet result = call.executeQuery()) {
        stored = result.next() && result.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the turn was not stored: " + e.getMessage(), e);
    }
    if (stored) {
      conversation.storedAsVersion(versionRead + 1);
      cacheStored(session, conversation, versionRead);
    } else {
      forget(session, conversation.id());
    }
    return stored;
  }

  /** Drops the cached copy: the next read of the conversation comes from the database. */
  public void forget(long conversationId) {
    forget(entityManager.unwrap(JpaEntityManager.class).getServerSession(), conversationId);
  }

  private static void forget(ServerSession session, long conversationId) {
    session.getIdentityMapAccessor().removeFromIdentityMap(conversationId, Conversation.class);
  }

  private static void cacheStored(
      ServerSession session, Conversation conversation, int versionRead) {
    ClassDescriptor descriptor = session.getDescriptor(Conversation.class);
    if (!descriptor.getCachePolicy().isSharedIsolation()) {
      return; // a cluster keeps no shared copy (ClusterSafeSession)
    }
    CacheKey entry =
        session
            .getIdentityMapAccessorInstance()
            .getCacheKeyForObject(conversation.id(), Conversation.class, descriptor, false);
    if (entry == null) {
      return; // not cached: the next turn reads it from the database
    }
    boolean older;
    entry.acquire();
    try {
      Conversation cached = (Conversation) entry.getObject();
      // Another version came from a commit after this turn's: the newer one, left as it is.
      older = cached != null && cached.version() < conversation.version();
      if (cached != null && cached.version() == versionRead) {
        cached.takeTurnFrom(conversation);
        entry.setWriteLockValue(conversation.version());
        older = false;
      }
    } finally {
      entry.release();
    }
    if (older) {
      forget(session, conversation.id());
    }
  }

  /** The procedure's parameters: the conversation's new state, then the messages as JSON. */
  static void bind(
      PreparedStatement call, Conversation conversation, Instant now, String messagesJson)
      throws SQLException {
    call.setLong(1, conversation.id());
    call.setInt(2, conversation.version());
    call.setString(3, conversation.status().name());
    call.setString(4, conversation.language());
    call.setTimestamp(5, Timestamp.from(conversation.lastActivityAt()));
    call.setInt(6, conversation.lastVisitorSeq());
    call.setInt(7, conversation.misunderstoodTurns());
    setNullable(call, 8, conversation.awaitingCheck().orElse(null));
    setNullable(call, 9, conversation.handoverReason().map(Enum::name).orElse(null));
    call.setBoolean(10, conversation.isUrgent());
    if (conversation.waitingSince().isPresent()) {
      call.setTimestamp(11, Timestamp.from(conversation.waitingSince().get()));
    } else {
      call.setNull(11, Types.TIMESTAMP);
    }
    call.setTimestamp(12, Timestamp.from(now));
    call.setString(13, messagesJson);
  }

  private static void setNullable(PreparedStatement call, int index, String value)
      throws SQLException {
    if (value == null) {
      call.setNull(index, Types.VARCHAR);
    } else {
      call.setString(index, value);
    }
  }

  /** The messages as store_turn reads them; absent fields are NULL columns. */
  static String json(List<Message> messages) {
    JsonArrayBuilder array = Jsonp.array();
    for (Message message : messages) {
      JsonObjectBuilder row =
          Jsonp.object()
              .add("id", message.id())
              .add("author", message.author().name())
              .add("text", message.text());
      if (message.language() != null) {
        row.add("language", message.language());
      }
      message.clientSeq().ifPresent(seq -> row.add("client_seq", seq));
      message
          .prediction()
          .ifPresent(
              p -> {
                if (p.intent() != null) {
                  row.add("predicted_intent", p.intent());
                }
                row.add("confidence", p.confidence());
                if (p.language() != null) {
                  row.add("predicted_language", p.language());
                }
                row.add("out_of_scope", p.outOfScope() ? 1 : 0);
              });
      if (message.quickRepliesJson() != null) {
        row.add("quick_replies", message.quickRepliesJson());
      }
      message.emergencyNumber().ifPresent(number -> row.add("emergency_number", number));
      if (message.emergencyLabel() != null) {
        row.add("emergency_label", message.emergencyLabel());
      }
      array.add(row);
    }
    return array.build().toString();
  }
}
