package org.relais.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.relais.assistant.VisitorInput;
import org.relais.assistant.VisitorTurn;
import org.relais.assistant.VisitorTurns;
import org.relais.conversation.Author;
import org.relais.conversation.ConversationService;
import org.relais.conversation.Message;
import org.relais.conversation.ResumeTokens;
import org.relais.knowledge.CenterDetail;
import org.relais.knowledge.CenterDetailRepository;
import org.relais.platform.database.DatabaseStatus;
import org.relais.platform.database.RelaisDataSource;
import org.relais.testing.Browser;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.TestDatabase;

/** The packaged application on Payara Micro against a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {
  @ArquillianResource private URL base;
  @Inject private CenterDetailRepository centerDetails;
  @Inject private DatabaseStatus databaseStatus;
  @Inject private VisitorTurns turns;
  @Inject private ConversationService conversationService;
  @Inject private ConnectionHolder connectionHolder;

  @PersistenceUnit(unitName = "relais")
  private EntityManagerFactory entityManagerFactory;

  @Resource private ManagedThreadFactory threadFactory;

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais().addClasses(FoundationIT.class);
  }

  @Test
  @RunAsClient
  void readiness_isUp_onceTheDatabaseIsMigratedAndTheIntentModelIsInService() throws Exception {
    HttpResponse<String> ready =
        Http.awaitResponse(
            URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(60));
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("\"intent-model\""), ready.body());
    assertEquals(200, Http.get(URI.create(base + "health/live")).statusCode());
  }

  @Test
  @RunAsClient
  void migrations_areApplied_inTheDatabase() throws Exception {
    awaitReady();
    try (Connection db = TestDatabase.connect();
        ResultSet rows =
            db.createStatement()
                .executeQuery(
                    "select version, success from flyway_schema_history where version = '1'")) {
      assertTrue(rows.next(), "migration 1 recorded");
      assertTrue(rows.getBoolean("success"));
    }
  }

  /**
   * Waits until start-up work is done: a detail stored before the knowledge base is seeded would
   * make center_detail look non-empty, and the center's example details would never be seeded.
   */
  @Test
  void anEntity_isStoredAndReadBack_throughJpa() throws InterruptedException {
    awaitMigrated();
    String name = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    centerDetails.put(name, "lundi 9h");
    centerDetails.put(name, "mardi 10h");
    CenterDetail read = centerDetails.find(name).orElseThrow();
    assertEquals("mardi 10h", read.value());
  }

  /**
   * The statements a chat turn prepares are closed again. EclipseLink 4.0.7 never closed those it
   * asked for generated keys (every new message's id, eclipse-ee4j/eclipselink#2366), and
   * Connector/J keeps each server-prepared statement it caches in a list until it is closed: two
   * leaked per turn, a heap and young-GC pauses that grew for as long as the server ran.
   */
  @Test
  void chatTurns_leaveNoStatementOpen() throws Exception {
    awaitMigrated();
    chat(2); // the pool's connections prepare and cache their statements first
    long before = liveInstances("org.mariadb.jdbc.ServerPreparedStatement");
    int stored = chat(10);
    long after = liveInstances("org.mariadb.jdbc.ServerPreparedStatement");
    assertEquals(100, stored, "each turn stored its visitor message");
    assertTrue(
        after - before < 20,
        "open statements went from " + before + " to " + after + " over 100 turns");
  }

  /**
   * Message ids come from a sequence in blocks (MariaDbSequencePlatform, V7, V9). Two conversations
   * take turns for 130 messages or more, and a new block is taken every 10 turns: in each
   * conversation, the ids still follow the order of its messages, and a resume after a given
   * message returns exactly those that came later.
   */
  @Test
  void messageIds_followEachConversationsOrder_acrossIdBlocks() throws Exception {
    awaitMigrated();
    String[] tokens = {ResumeTokens.newToken(), ResumeTokens.newToken()};
    long[] conversationIds = new long[2];
    long[] visitorIdAtSeq20 = new long[2];
    for (int seq = 1; seq <= 33; seq++) {
      if (seq % 10 == 0) {
        entityManagerFactory
            .unwrap(JpaEntityManagerFactory.class)
            .getServerSession()
            .getSequencingControl()
            .initializePreallocated(); // the next message takes a new block
      }
      for (int k = 0; k < 2; k++) {
        VisitorTurn turn =
            turns.visitorSays(
                seq == 1 ? Optional.empty() : Optional.of(conversationIds[k]),
                tokens[k],
                "fr",
                seq,
                VisitorInput.typed(
                    seq % 2 == 0 ? "on mange a quelle heure" : "ou prendre une douche"));
        conversationIds[k] = turn.conversation().id();
        assertTrue(!turn.botMessages().isEmpty(), "the bot answered turn " + seq);
        turn.botMessages()
            .forEach(
                reply ->
                    assertTrue(
                        reply.id() > turn.visitorMessage().id(),
                        "a reply's id comes after its question's"));
        if (seq == 20) {
          visitorIdAtSeq20[k] = turn.visitorMessage().id();
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      List<Message> all = conversationService.resume(tokens[k], 0).messages();
      List<Integer> seqs =
          all.stream()
              .filter(m -> m.author() == Author.VISITOR)
              .map(m -> m.clientSeq().orElseThrow())
              .toList();
      assertEquals(
          IntStream.rangeClosed(1, 33).boxed().toList(), seqs, "visitor messages in id order");
      assertEquals(all.size(), all.stream().map(Message::id).distinct().count(), "ids unique");
      List<Message> later = conversationService.resume(tokens[k], visitorIdAtSeq20[k]).messages();
      assertEquals(
          all.subList(all.indexOf(byId(all, visitorIdAtSeq20[k])) + 1, all.size()).stream()
              .map(Message::id)
              .toList(),
          later.stream().map(Message::id).toList(),
          "a resume after seq 20 returns what came after it, once");
      assertTrue(later.get(0).author() != Author.VISITOR, "first, the reply to seq 20");
    }
  }

  /**
   * A turn takes its message ids before it takes a connection, and EclipseLink takes a new block of
   * ids under the sequence's lock. If the block needed a connection of the main pool, one turn
   * waiting for it under the lock while the pool's connections belong to turns waiting for the lock
   * would stop all chat until the pool gives up after 60 s (a kiosk load run, 2026-11-24, when a
   * turn still held its connection while taking ids). The block comes from the id blocks' own pool
   * (RelaisDataSource): here it must come while every connection of the main pool is held.
   */
  @Test
  void aNewBlockOfMessageIds_comes_whileEveryPooledConnectionIsHeld() throws Exception {
    awaitMigrated();
    int poolSize = poolSize(RelaisDataSource.JNDI_NAME);
    VisitorTurn first =
        turns.visitorSays(Optional.empty(), ResumeTokens.newToken(), "fr", 1, MEALS);
    ExecutorService threads = Executors.newFixedThreadPool(poolSize + 1, threadFactory);
    try {
      CountDownLatch held = new CountDownLatch(poolSize);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<VisitorTurn>> holders = new ArrayList<>();
      for (int k = 0; k < poolSize; k++) {
        holders.add(
            threads.submit(() -> connectionHolder.holdingAConnection(held, go, () -> null)));
      }
      assertTrue(held.await(30, TimeUnit.SECONDS), "every pooled connection is held");
      ServerSession session =
          entityManagerFactory.unwrap(JpaEntityManagerFactory.class).getServerSession();
      session.getSequencingControl().initializePreallocated(); // the next id needs a new block
      Future<Number> id = threads.submit(() -> session.getNextSequenceNumberValue(Message.class));
      try {
        assertTrue(id.get(30, TimeUnit.SECONDS).longValue() > first.visitorMessage().id());
      } catch (TimeoutException stuck) {
        throw new AssertionError(
            "no block of ids after 30 s with the main pool's connections held:\n"
                + threadsIn("getNextSequenceNumberValue"),
            stuck);
      } finally {
        go.countDown();
      }
      for (Future<VisitorTurn> holder : holders) {
        holder.get(30, TimeUnit.SECONDS);
      }
      assertTrue(next(first).visitorMessage().id() > id.get().longValue(), "the next turn stored");
    } finally {
      threads.shutdownNow();
    }
  }

  private static final VisitorInput MEALS = VisitorInput.typed("on mange a quelle heure");

  private VisitorTurn next(VisitorTurn first) {
    return turns.visitorSays(
        Optional.of(first.conversation().id()), "unused", "fr", 2, VisitorInput.typed("douche"));
  }

  /** Where the threads whose stack has {@code text} wait. */
  private static String threadsIn(String text) {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(thread -> stackHas(thread.getValue(), text))
        .map(
            thread ->
                thread.getKey().getName()
                    + Arrays.stream(thread.getValue())
                        .limit(45)
                        .map(frame -> "\n  at " + frame)
                        .collect(Collectors.joining()))
        .collect(Collectors.joining("\n\n"));
  }

  private static boolean stackHas(StackTraceElement[] stack, String text) {
    return Arrays.stream(stack).anyMatch(frame -> frame.toString().contains(text));
  }

  private static int poolSize(String jndiName) {
    return Arrays.stream(RelaisDataSource.class.getAnnotationsByType(DataSourceDefinition.class))
        .filter(definition -> definition.name().equals(jndiName))
        .findFirst()
        .orElseThrow()
        .maxPoolSize();
  }

  /** Holds a connection of the main pool in a transaction, then runs a turn in it. */
  @ApplicationScoped
  public static class ConnectionHolder {
    @Resource(lookup = RelaisDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Transactional
    public VisitorTurn holdingAConnection(
        CountDownLatch held, CountDownLatch go, Callable<VisitorTurn> turn) throws Exception {
      try (Connection connection = dataSource.getConnection();
          Statement sql = connection.createStatement()) {
        sql.execute("select 1"); // closed, the connection stays with the transaction until it ends
      }
      held.countDown();
      go.await();
      return turn.call();
    }
  }

  private static Message byId(List<Message> messages, long id) {
    return messages.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
  }

  /** Ten visitor turns in each of {@code conversations}; returns how many stored a new message. */
  private int chat(int conversations) {
    int stored = 0;
    for (int c = 0; c < conversations; c++) {
      Optional<Long> conversation = Optional.empty();
      String token = ResumeTokens.newToken();
      for (int seq = 1; seq <= 10; seq++) {
        VisitorTurn turn =
            turns.visitorSays(
                conversation, token, "fr", seq, VisitorInput.typed("on mange a quelle heure"));
        conversation = Optional.of(turn.conversation().id());
        if (!turn.duplicate() && turn.visitorMessage().id() > 0) {
          stored++;
        }
      }
    }
    return stored;
  }

  /** Objects of this class still reachable (the JVM's class histogram, after a full GC). */
  private static long liveInstances(String className) throws Exception {
    String histogram =
        (String)
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram",
                    new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
    return histogram
        .lines()
        .map(line -> line.trim().split("\\s+"))
        .filter(columns -> columns.length >= 4 && columns[3].equals(className))
        .mapToLong(columns -> Long.parseLong(columns[1]))
        .sum();
  }

  @Test
  @RunAsClient
  void metrics_areExposed_inPrometheusFormat() throws Exception {
    awaitReady();
    HttpResponse<String> metrics = Http.get(URI.create(base + "metrics"));
    assertEquals(200, metrics.statusCode());
    assertTrue(
        metrics.body().contains("relais_database_migrated{mp_scope=\"application\"} 1"),
        "application gauge present and 1");
    assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
  }

  @Test
  @RunAsClient
  void openApi_describesTheApi() throws Exception {
    HttpResponse<String> openapi = Http.get(URI.create(base + "openapi"));
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/center"), openapi.body());
  }

  @Test
  @RunAsClient
  void homePage_rendersInARealBrowser() throws Exception {
    try (Browser browser = Browser.launch()) {
      browser.driver().get(base.toString());
      assertEquals("fr", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(browser.driver().getTitle().contains("Relais"), browser.driver().getTitle());
    }
  }

  private void awaitMigrated() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!databaseStatus.isMigrated() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(databaseStatus.isMigrated(), "the database is ready");
  }

  private void awaitReady() throws InterruptedException {
    Http.awaitResponse(
        URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(60));
  }
}
