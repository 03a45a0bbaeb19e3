package org.relais.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.platform.database.DatabaseStatus;
import org.relais.testing.Deployments;

/**
 * A kiosk turn stored in one call (TurnStore, store_turn), in the server against MariaDB: what it
 * stores, what it refuses, and that the shared cache of conversations stays true to the database
 * (every JPA write after a turn would fail on a stale version otherwise).
 */
@ExtendWith(ArquillianExtension.class)
class TurnStoreIT {
  @Inject private ConversationService conversations;
  @Inject private ConversationRepository repository;
  @Inject private TurnStore turns;
  @Inject private DatabaseStatus databaseStatus;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource database;

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais().addClasses(TurnStoreIT.class);
  }

  private long newConversation() throws InterruptedException {
    for (int i = 0; i < 900 && !databaseStatus.isMigrated(); i++) {
      Thread.sleep(100);
    }
    return conversations.startWith(ResumeTokens.newToken(), "fr");
  }

  private Conversation copy(long id) {
    return conversations.forTurn(id).orElseThrow();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  @Test
  void aTurn_storesItsMessagesInOrder_andTheConversationsNewState() throws Exception {
    long id = newConversation();
    Conversation conversation = copy(id);
    int versionRead = conversation.version();
    Instant now = now();
    Message visitor = conversation.receiveFromVisitor("j'ai perdu ma carte", 3, now);
    conversation.understood(visitor, new Prediction("lost_id_card", 0.91, "fr", false));
    conversation.speakIn("en");
    conversation.misunderstood();
    conversation.awaitCheck("lost_id_card");
    Message bot =
        conversation.botSays("First line", "en", "[{\"label\":\"Oui\"}]", null, null, now);
    Message urgent = conversation.botSays("Call", "en", null, "15", "SAMU", now);

    assertTrue(turns.store(conversation, List.of(visitor, bot, urgent), now));

    assertTrue(visitor.id() < bot.id() && bot.id() < urgent.id(), "ids in the turn's order");
    List<Message> stored = repository.messagesAfter(id, 0);
    assertEquals(
        List.of(visitor.id(), bot.id(), urgent.id()), stored.stream().map(Message::id).toList());
    Message storedVisitor = stored.get(0);
    assertEquals(Author.VISITOR, storedVisitor.author());
    assertEquals(3, storedVisitor.clientSeq().orElseThrow());
    assertEquals("lost_id_card", storedVisitor.prediction().orElseThrow().intent());
    assertEquals(0.91, storedVisitor.prediction().orElseThrow().confidence(), 1e-9);
    assertFalse(storedVisitor.prediction().orElseThrow().outOfScope());
    assertEquals(now, storedVisitor.createdAt());
    assertEquals("[{\"label\":\"Oui\"}]", stored.get(1).quickRepliesJson());
    assertEquals("15", stored.get(2).emergencyNumber().orElseThrow());
    assertEquals("SAMU", stored.get(2).emergencyLabel());

    try (Connection connection = database.getConnection();
        PreparedStatement read =
            connection.prepareStatement(
                "select language, last_visitor_seq, misunderstood_turns, awaiting_check, version,"
                    + " last_activity_at from conversation where id = ?")) {
      read.setLong(1, id);
      try (ResultSet row = read.executeQuery()) {
        assertTrue(row.next());
        assertEquals("en", row.getString(1));
        assertEquals(3, row.getInt(2));
        assertEquals(1, row.getInt(3));
        assertEquals("lost_id_card", row.getString(4));
        assertEquals(versionRead + 1, row.getInt(5));
        assertEquals(now, row.getTimestamp(6).toInstant());
      }
    }
  }

  /** Quotes, backslashes, markup, line breaks, right-to-left text and emoji travel as JSON. */
  @Test
  void aVisitorsText_isStoredExactlyAsTyped() throws Exception {
    long id = newConversation();
    Conversation conversation = copy(id);
    String typed = "a \"b\" \\ c\nd\t<script>alert('x')</script> مرحبا Привіт 😀 \u200f é";
    Message visitor = conversation.receiveFromVisitor(typed, 1, now());

    assertTrue(turns.store(conversation, List.of(visitor), now()));

    assertEquals(typed, repository.messagesAfter(id, 0).get(0).text());
  }

  /**
   * The longest text a kiosk may send, and a long answer, in multibyte scripts, come back whole.
   */
  @Test
  void longTexts_areStoredWhole() throws Exception {
    long id = newConversation();
    Conversation conversation = copy(id);
    String longest = "é😀 مرحبا \"x\"\n".repeat(100).substring(0, 1000);
    String answer = "Привіт, ось відповідь.\n".repeat(200);
    Message visitor = conversation.receiveFromVisitor(longest, 1, now());
    Message bot = conversation.botSays(answer, "uk", null, null, null, now());

    assertTrue(turns.store(conversation, List.of(visitor, bot), now()));

    List<Message> stored = repository.messagesAfter(id, 0);
    assertEquals(longest, stored.get(0).text());
    assertEquals(answer, stored.get(1).text());
  }

  @Test
  void aTurnFromACopyOlderThanTheDatabase_storesNothing_andTheNextCopyIsCurrent() throws Exception {
    long id = newConversation();
    Conversation stale = copy(id);
    conversations.speakIn(id, "uk"); // through JPA, after the turn read its copy
    Message visitor = stale.receiveFromVisitor("bonjour", 1, now());

    assertFalse(turns.store(stale, List.of(visitor), now()));

    assertTrue(repository.messagesAfter(id, 0).isEmpty());
    Conversation current = copy(id);
    assertEquals("uk", current.language());
    Message again = current.receiveFromVisitor("bonjour", 1, now());
    assertTrue(turns.store(current, List.of(again), now()));
    assertEquals(1, repository.messagesAfter(id, 0).size());
  }

  /**
   * The cached conversation follows the stored turn: JPA's writes after it (a language switch, a
   * worker's claim after a handover) carry the version the database has, and succeed.
   */
  @Test
  void afterATurn_theCachedConversationIsTheStoredOne_andJpaWritesSucceed() throws Exception {
    long id = newConversation();
    Conversation conversation = copy(id);
    Instant now = now();
    Message visitor = conversation.receiveFromVisitor("je veux parler à quelqu'un", 1, now);
    conversation.handOver(HandoverReason.ASKED_FOR_PERSON, false, now);
    assertTrue(turns.store(conversation, List.of(visitor), now));

    Conversation next = copy(id);
    assertEquals(ConversationStatus.WAITING, next.status());
    assertEquals(1, next.lastVisitorSeq());
    assertEquals(conversation.version(), next.version());
    assertEquals(databaseVersion(id), next.version());

    conversations.speakIn(id, "es");
    assertEquals("es", copy(id).language());
    assertEquals(databaseVersion(id), copy(id).version());
  }

  /** A duplicate seq (raced by the kiosk's previous connection) fails the whole turn. */
  @Test
  void aTurnThatFailsInTheDatabase_storesNothing() throws Exception {
    long id = newConversation();
    Conversation first = copy(id);
    assertTrue(turns.store(first, List.of(first.receiveFromVisitor("un", 1, now())), now()));
    int version = databaseVersion(id);

    Conversation conversation = copy(id);
    List<Message> turn = new ArrayList<>();
    turn.add(conversation.botSays("réponse", "fr", null, null, null, now()));
    turn.add(conversation.receiveFromVisitor("encore un", 1, now()));

    assertThrows(IllegalStateException.class, () -> turns.store(conversation, turn, now()));
    assertEquals(1, repository.messagesAfter(id, 0).size());
    assertEquals(version, databaseVersion(id));
  }

  /**
   * One durable write per turn: the redo log is written (and synced) once per stored turn, not
   * twice as an INSERT ... SELECT made it (V10, MDEV-35813). Global counters: other writes of the
   * server may add a few, never one per turn.
   */
  @Test
  void aStoredTurn_writesTheRedoLogOnce() throws Exception {
    long id = newConversation();
    int turnCount = 50;
    long before = redoLogWrites();
    for (int seq = 1; seq <= turnCount; seq++) {
      Conversation conversation = copy(id);
      Message visitor = conversation.receiveFromVisitor("question " + seq, seq, now());
      Message bot = conversation.botSays("réponse " + seq, "fr", null, null, null, now());
      assertTrue(turns.store(conversation, List.of(visitor, bot), now()));
    }
    long writes = redoLogWrites() - before;

    assertEquals(2 * turnCount, repository.messagesAfter(id, 0).size());
    assertTrue(writes < turnCount * 3 / 2, writes + " redo log writes for " + turnCount + " turns");
  }

  /** What the procedure refuses, called as TurnStore calls it: nothing is stored. */
  @Test
  void malformedMessages_areRefusedByTheDatabase_andNothingIsStored() throws Exception {
    long id = newConversation();
    int version = databaseVersion(id);
    List<String> malformed =
        List.of(
            "not json",
            "{\"id\": 9000000000000000001, \"author\": \"BOT\", \"text\": \"an object, not an array\"}",
            "[{\"id\": 9000000000000000001, \"author\": \"BOT\"}]",
            "[{\"id\": 9000000000000000002, \"author\": \"BOT\", \"text\": \"ok\"}, {\"author\": \"BOT\","
                + " \"text\": \"no id\"}]");
    for (String messages : malformed) {
      SQLException refused =
          assertThrows(SQLException.class, () -> callStoreTurn(id, messages), messages);
      assertTrue(refused.getMessage().contains("store_turn"), refused.getMessage());
    }

    assertEquals(version, databaseVersion(id));
    assertTrue(repository.messagesAfter(id, 0).isEmpty());
  }

  /** Calls the procedure as TurnStore does, with the messages' JSON as given. */
  private void callStoreTurn(long id, String messages) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement call = connection.prepareStatement(TurnStore.STORE_TURN)) {
      TurnStore.bind(call, copy(id), now(), messages);
      call.executeQuery().close();
    }
  }

  private long redoLogWrites() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_log_writes'")) {
      assertTrue(row.next());
      return row.getLong(2);
    }
  }

  private int databaseVersion(long id) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement read =
            connection.prepareStatement("select version from conversation where id = ?")) {
      read.setLong(1, id);
      try (ResultSet row = read.executeQuery()) {
        assertTrue(row.next());
        return row.getInt(1);
      }
    }
  }
}
