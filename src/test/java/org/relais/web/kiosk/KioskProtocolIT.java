package org.relais.web.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.privacy.RetentionJob;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.TestDatabase;
import org.relais.web.WebSocketTimers;

/** /ws/kiosk with a real WebSocket client, against Payara Micro and MariaDB. */
@ExtendWith(ArquillianExtension.class)
class KioskProtocolIT {
  @ArquillianResource private URL base;
  @Inject private RetentionJob retention;

  @Resource(lookup = "java:app/jdbc/relais")
  private DataSource dataSource;

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais()
        .addClasses(KioskProtocolIT.class, KioskClient.class, TestDatabase.class, Http.class);
  }

  @BeforeEach
  void awaitReady() throws Exception {
    if (base != null) {
      Http.awaitResponse(
          URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(90));
    }
  }

  private KioskClient greeted() throws Exception {
    KioskClient kiosk = KioskClient.connect(base);
    kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
    kiosk.next("welcome");
    return kiosk;
  }

  /** In the server: see WebSocketTimers for why (a Payara upgrade can undo it silently). */
  @Test
  void theWebSocketContainersIdleTimers_runOnThePlainScheduler() {
    assertTrue(WebSocketTimers.installed());
  }

  @Test
  @RunAsClient
  void hello_isWelcomed_withAResumeToken_andTheInactivityDelay() throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
      JsonObject welcome = kiosk.next("welcome");
      assertEquals(1, welcome.getInt("re"));
      assertTrue(welcome.isNull("conversation"));
      assertTrue(welcome.getString("resume").length() >= 40);
      assertEquals(120, welcome.getInt("inactivitySeconds"));
      assertEquals(2, welcome.getInt("nextSeq"));
    }
  }

  @Test
  @RunAsClient
  void message_isAcknowledgedOnlyOnceStored_thenTheBotAnswers() throws Exception {
    try (KioskClient kiosk = greeted()) {
      kiosk.send(
          "{\"type\":\"message\",\"seq\":2,\"text\":\"Laverie\",\"payload\":\"intent:laverie\"}");
      JsonObject ack = kiosk.next("ack");
      long id = ack.getJsonNumber("id").longValue();
      assertEquals(2, ack.getInt("re"));
      assertTrue(ack.containsKey("conversation") && ack.containsKey("resume"));
      try (Connection db = TestDatabase.connect();
          PreparedStatement stored =
              db.prepareStatement("select text, author, client_seq from message where id = ?")) {
        stored.setLong(1, id);
        ResultSet row = stored.executeQuery();
        assertTrue(row.next(), "the acknowledged message is in the database");
        assertEquals("Laverie", row.getString("text"));
        assertEquals("VISITOR", row.getString("author"));
      }
      JsonObject answer = kiosk.next("message");
      assertEquals("BOT", answer.getString("author"));
      assertTrue(answer.getJsonNumber("id").longValue() > id);
      assertFalse(answer.getString("text").contains("{{"), answer.getString("text"));
    }
  }

  @Test
  @RunAsClient
  void reconnectWithTheResumeToken_continuesTheConversation_withoutLossOrDuplicate()
      throws Exception {
    String resume;
    long conversation;
    long acked;
    String marker = "Merci " + UUID.randomUUID();
    try (KioskClient kiosk = greeted()) {
      kiosk.send("{\"type\":\"message\",\"seq\":2,\"text\":\"merci\"}");
      JsonObject ack = kiosk.next("ack");
      resume = ack.getString("resume");
      conversation = ack.getJsonNumber("conversation").longValue();
      acked = ack.getJsonNumber("id").longValue();
      kiosk.next("message");
      kiosk.send(
          "{\"type\":\"message\",\"seq\":3,\"text\":\""
              + marker
              + "\",\"payload\":\"intent:douche_hygiene\"}");
      kiosk.drop(); // gone before reading the ack of seq 3
    }
    try (KioskClient again = KioskClient.connect(base)) {
      again.send(
          "{\"type\":\"hello\",\"seq\":4,\"language\":\"fr\",\"resume\":\""
              + resume
              + "\",\"lastSeen\":"
              + acked
              + "}");
      JsonObject welcome = again.next("welcome");
      assertEquals(
          conversation, welcome.getJsonObject("conversation").getJsonNumber("id").longValue());
      List<Long> ids =
          welcome.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
              .map(m -> m.getJsonNumber("id").longValue())
              .toList();
      assertTrue(ids.stream().allMatch(i -> i > acked), "only what the kiosk had not seen: " + ids);
      assertEquals(ids.stream().distinct().toList(), ids, "no message twice");
      // Unsure whether seq 3 arrived, the kiosk sends it again: acknowledged, not stored twice.
      again.send(
          "{\"type\":\"message\",\"seq\":3,\"text\":\""
              + marker
              + "\",\"payload\":\"intent:douche_hygiene\"}");
      JsonObject ack = again.next("ack");
      assertEquals(3, ack.getInt("re"));
      assertTrue(
          again.silentFor(Duration.ofMillis(700)), "no second bot answer for a resent message");
      assertEquals(1, count("select count(*) from message where text = '" + marker + "'"));
      assertEquals(
          3,
          count("select last_visitor_seq from conversation where id = " + conversation),
          "the conversation row knows the highest seq stored, so a new seq is not looked up");
      assertTrue(welcome.getInt("nextSeq") >= 4);
    }
  }

  @Test
  @RunAsClient
  void badFrames_getErrorFrames_andTheConnectionStaysUsable() throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send("{\"type\":\"message\",\"seq\":1,\"text\":\"avant hello\"}");
      assertEquals("hello_first", kiosk.next("error").getString("code"));
      kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
      kiosk.next("welcome");
      String[][] cases = {
        {"pas du json", "not_json"},
        {"[1,2,3]", "not_json"},
        {"{\"type\":\"dance\",\"seq\":2}", "unknown_type"},
        {"{\"type\":\"message\",\"text\":\"x\"}", "missing_field"},
        {"{\"type\":\"message\",\"seq\":2}", "missing_field"},
        {"{\"type\":\"message\",\"seq\":\"2\",\"text\":\"x\"}", "bad_field"},
        {"{\"type\":\"message\",\"seq\":2,\"text\":\"   \"}", "empty_text"},
        {"{\"type\":\"message\",\"seq\":2,\"text\":\"" + "a".repeat(1001) + "\"}", "text_too_long"},
        {"{\"type\":\"message\",\"seq\":2,\"text\":\"x\",\"payload\":\"admin\"}", "bad_field"},
        {"{\"type\":\"language\",\"seq\":2,\"language\":\"xx\"}", "unsupported_language"},
        {"{\"type\":\"ping\",\"seq\":2,\"pad\":\"" + "b".repeat(17000) + "\"}", "frame_too_large"},
      };
      for (String[] bad : cases) {
        kiosk.send(bad[0]);
        JsonObject error = kiosk.next("error");
        assertEquals(
            bad[1], error.getString("code"), bad[0].substring(0, Math.min(60, bad[0].length())));
        assertFalse(error.getString("message").isBlank());
      }
      kiosk.send("{\"type\":\"ping\",\"seq\":3}");
      assertEquals(3, kiosk.next("pong").getInt("re"));
      assertEquals(
          0, count("select count(*) from message where text = '" + "a".repeat(1001) + "'"));
    }
  }

  @Test
  @RunAsClient
  void moreThanFiveMessagesASecond_areThrottled_andNotStored() throws Exception {
    try (KioskClient kiosk = greeted()) {
      String burst = "rafale-" + UUID.randomUUID();
      // 15 at once: at 5 a second, at least 3 are refused as long as the server takes the 15 in
      // under 1.4 s (under 90 ms each; a busy CI machine can be slow, a wall clock is not
      // asserted).
      for (int seq = 2; seq < 17; seq++) {
        kiosk.send(
            "{\"type\":\"message\",\"seq\":"
                + seq
                + ",\"text\":\""
                + burst
                + "\",\"payload\":\"intent:laverie\"}");
      }
      int acks = 0;
      int throttled = 0;
      for (JsonObject frame = kiosk.next(); ; frame = kiosk.next()) {
        String type = frame.getString("type");
        if (type.equals("ack")) {
          acks++;
        } else if (type.equals("error")) {
          assertEquals("too_fast", frame.getString("code"));
          throttled++;
        }
        if (acks + throttled == 15) {
          break;
        }
      }
      assertTrue(throttled >= 3, "throttled " + throttled);
      assertEquals(acks, count("select count(*) from message where text = '" + burst + "'"));
    }
  }

  @Test
  @RunAsClient
  void resumeWithAnUnknownToken_isRefused() throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send(
          "{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\",\"resume\":\""
              + "x".repeat(43)
              + "\"}");
      assertEquals("resume_unknown", kiosk.next("error").getString("code"));
      kiosk.send("{\"type\":\"hello\",\"seq\":2,\"language\":\"fr\"}");
      kiosk.next("welcome");
    }
  }

  @Test
  @RunAsClient
  void end_closesTheConversation_andItCannotBeResumedAfterwards() throws Exception {
    String resume;
    long conversation;
    try (KioskClient kiosk = greeted()) {
      kiosk.send(
          "{\"type\":\"message\",\"seq\":2,\"text\":\"Laverie\",\"payload\":\"intent:laverie\"}");
      JsonObject ack = kiosk.next("ack");
      resume = ack.getString("resume");
      conversation = ack.getJsonNumber("conversation").longValue();
      kiosk.next("message");
      kiosk.send("{\"type\":\"end\",\"seq\":3,\"reason\":\"finished\"}");
      assertEquals(3, kiosk.next("ended").getInt("re"));
    }
    assertEquals(
        1,
        count(
            "select count(*) from conversation where status = 'CLOSED' and id = " + conversation));
    assertEquals(
        1,
        count(
            "select count(*) from conversation where resume_token_hash is null and id = "
                + conversation));
    assertTrue(
        count("select count(*) from daily_count where intent = 'laverie' and language = 'fr'")
            >= 1);
    try (KioskClient later = KioskClient.connect(base)) {
      later.send(
          "{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\",\"resume\":\""
              + resume
              + "\",\"lastSeen\":0}");
      JsonObject refused = later.next("error");
      assertTrue(List.of("resume_expired", "resume_unknown").contains(refused.getString("code")));
    }
  }

  @Test
  @RunAsClient
  void personButton_handsOver_andTheKioskLearnsItsPlaceInTheQueue() throws Exception {
    try (KioskClient kiosk = greeted()) {
      kiosk.send(
          "{\"type\":\"message\",\"seq\":2,\"text\":\"Parler à une personne\",\"payload\":\"person\"}");
      List<JsonObject> frames = kiosk.until("status");
      assertEquals("ack", frames.get(0).getString("type"));
      JsonObject status = frames.get(frames.size() - 1);
      assertEquals("WAITING", status.getString("status"));
      assertTrue(status.getInt("position") >= 1);
      // The bot stays silent now that a person is coming.
      kiosk.send("{\"type\":\"message\",\"seq\":3,\"text\":\"merci\"}");
      kiosk.next("ack");
      assertTrue(kiosk.silentFor(Duration.ofMillis(700)));
    }
  }

  @Test
  @RunAsClient
  void handshakeFromAnotherSite_isClosedAsAPolicyViolation() throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base, "https://evil.example")) {
      assertEquals(1008, kiosk.closeCode());
    }
  }

  @Test
  void retention_deletesConversationsClosedBeforeThePeriod_andKeepsRecentOnes() throws Exception {
    long old;
    long recent;
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      old = insertClosed(sql, 40);
      recent = insertClosed(sql, 5);
    }
    int deleted = retention.deleteExpired();
    assertTrue(deleted >= 1);
    try (Connection db = dataSource.getConnection();
        Statement sql = db.createStatement()) {
      assertFalse(sql.executeQuery("select id from conversation where id = " + old).next());
      assertFalse(sql.executeQuery("select id from message where conversation_id = " + old).next());
      assertTrue(sql.executeQuery("select id from conversation where id = " + recent).next());
    }
  }

  private static long insertClosed(Statement sql, int daysAgo) throws Exception {
    sql.executeUpdate(
        "insert into conversation (status, language, created_at, last_activity_at, closed_at, outcome)"
            + " values ('CLOSED', 'fr', now() - interval "
            + daysAgo
            + " day, now() - interval "
            + daysAgo
            + " day, now() - interval "
            + daysAgo
            + " day, 'VISITOR_LEFT')",
        Statement.RETURN_GENERATED_KEYS);
    ResultSet key = sql.getGeneratedKeys();
    key.next();
    long id = key.getLong(1);
    sql.executeUpdate(
        "insert into message (id, conversation_id, author, text, created_at) values ("
            + "nextval(message_ids), "
            + id
            + ", 'VISITOR', 'ancien', now())");
    return id;
  }

  private static long count(String query) throws Exception {
    try (Connection db = TestDatabase.connect();
        ResultSet rows = db.createStatement().executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
