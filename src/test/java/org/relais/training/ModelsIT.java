package org.relais.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.LanguageHint;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.ServerThreadDump;
import org.relais.testing.StaffClient;
import org.relais.testing.TestDatabase;

/**
 * Training data import and export, background builds, the promotion gate and rollback, against the
 * real server and MariaDB. The methods run in order because they share the server's active model: a
 * baseline build is promoted before the gate is tested against it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelsIT {
  /** Held-out sentences whose predictions must come back after a rollback. */
  private static final List<String> PROBES =
      List.of(
          "c ouvert a kel heure le dimanche",
          "je veux prendre une douche",
          "ou je peux laver mes vetements",
          "jai perdu ma carte vitale",
          "je cherche un hebergement pour ce soir",
          "what time do you open",
          "i need to wash my clothes",
          "je veux faire un cv",
          "je veux parler a quelqu'un",
          "il fait beau aujourd'hui");

  private static long baseline;
  private static String helpdeskOnly;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @AfterAll
  static void leaveTheShippedModelToOtherTests() throws Exception {
    TrainingRows.noActiveModel();
  }

  @BeforeEach
  void awaitReady() throws Exception {
    if (!base.toString().endsWith("/")) {
      base = new URL(base + "/");
    }
    Http.awaitResponse(
        URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(90));
  }

  @Test
  @Order(1)
  void modelAndTrainingDataEndpoints_refuseAnonymousCallersAndWorkers() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    StaffClient worker =
        StaffClient.newWorker(admin, "w" + UUID.randomUUID().toString().substring(0, 8), "Léa");
    StaffClient anonymous = new StaffClient(base);
    for (String path :
        List.of(
            "api/admin/models", "api/admin/models/builds/current", "api/admin/training/export")) {
      assertEquals(401, anonymous.get(path).status(), path);
      assertEquals(403, worker.get(path).status(), path);
    }
    for (String path :
        List.of(
            "api/admin/models/builds", "api/admin/training/import", "api/admin/models/1/promote")) {
      assertEquals(403, worker.post(path, "{}").status(), path);
    }
  }

  @Test
  @Order(2)
  void theShippedCorpus_isSeededOnce_intoTheTrainingData() throws Exception {
    int corpus = ShippedCorpus.training().values().stream().mapToInt(List::size).sum();
    // Exactly once, however many servers have started on this database; seeded IN_MODEL (later
    // tests may change some statuses, so only "never in the inbox" holds on a reused database).
    assertEquals(
        corpus,
        TrainingRows.count("select count(*) from training_example where source = 'CORPUS'"));
    assertEquals(
        0,
        TrainingRows.count(
            "select count(*) from training_example where source = 'CORPUS' and status = 'INBOX'"));
  }

  @Test
  @Order(3)
  void anImport_reportsEveryRefusedLine_andStoresTheRestRedacted() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String marker = lettersOnlyMarker();
    String csv =
        "text,intent\n"
            + "ou laver mon linge "
            + marker
            + " appelez moi au 06 12 34 56 78,laverie\n"
            + "une phrase "
            + marker
            + ",sujet_inexistant\n"
            + "ou laver mon linge "
            + marker
            + " appelez moi au 06 12 34 56 78,laverie\n"
            + "douche "
            + marker
            + ",laverie\n"
            + "douche "
            + marker
            + ",douche_hygiene\n"
            + "x".repeat(1001)
            + ",laverie\n";
    StaffClient.Response response =
        admin.post("api/admin/training/import", importRequest("phrases.csv", csv));
    assertEquals(200, response.status(), response.body());
    JsonObject report = response.json();
    assertEquals(2, report.getInt("accepted"), response.body());
    assertEquals(1, report.getInt("redacted"));
    List<String> refused =
        report.getJsonArray("refused").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getInt("line") + " " + r.getString("reason"))
            .toList();
    assertEquals(
        List.of(
            "3 unknown intent sujet_inexistant",
            "4 duplicate: this text is already in the training data",
            "6 conflict: this text is already labelled laverie",
            "7 text longer than 1000 characters"),
        refused);
    try (Connection db = TestDatabase.connect();
        ResultSet rows =
            db.createStatement()
                .executeQuery(
                    "select text, status, source from training_example where text like '%"
                        + marker
                        + "%' order by text")) {
      // Ordered by text: the order of inserts in one transaction is EclipseLink's choice.
      for (String expected :
          List.of(
              "douche " + marker, "ou laver mon linge " + marker + " appelez moi au <TELEPHONE>")) {
        assertTrue(rows.next(), "missing " + expected);
        assertEquals(expected, rows.getString(1));
        assertEquals("VALIDATED", rows.getString(2));
        assertEquals("IMPORT", rows.getString(3));
      }
      assertFalse(rows.next(), "exactly the two accepted lines");
    }

    StaffClient.Response csvExport = admin.get("api/admin/training/export?format=csv");
    assertEquals(200, csvExport.status());
    assertTrue(csvExport.body().startsWith("text,intent\n"));
    assertTrue(csvExport.body().contains("douche " + marker + ",laverie\n"));
    StaffClient.Response yamlExport = admin.get("api/admin/training/export?format=yaml");
    assertTrue(yamlExport.body().contains("    - douche " + marker + "\n"), "in YAML too");
    assertEquals(400, admin.get("api/admin/training/export?format=xml").status());
  }

  @Test
  @Order(4)
  void anUnreadableFile_isRefusedWhole_withItsLine_andImportsNothing() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String marker = lettersOnlyMarker();
    String badCsv =
        "text,intent\nbonne phrase "
            + marker
            + ",laverie\n\"jamais fermee "
            + marker
            + ",laverie\n";
    String emptyText = "text,intent\nbonne phrase " + marker + ",laverie\n,laverie\n";
    String badYaml =
        "nlu:\n- intent: laverie\n  examples: |\n    - bonne " + marker + "\n  - : [\n";
    for (String[] file :
        List.of(
            new String[] {"bad.csv", badCsv, "bad.csv:3"},
            new String[] {"empty.csv", emptyText, "empty.csv:3: empty text"},
            new String[] {"bad.yml", badYaml, "bad.yml"})) {
      StaffClient.Response response =
          admin.post("api/admin/training/import", importRequest(file[0], file[1]));
      assertEquals(400, response.status(), response.body());
      assertTrue(response.json().getString("error").contains(file[2]), response.body());
      assertTrue(response.json().getString("error").contains("nothing was imported"));
    }
    assertEquals(0, countExamplesContaining(marker), "nothing half-imported");
    assertEquals(400, admin.post("api/admin/training/import", "{\"fileName\":\"x.csv\"}").status());
  }

  @Test
  @Order(5)
  void aBuild_isRefused_namingTheIntentWithTooFewExamples() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    helpdeskOnly = "it_models_" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(
        201,
        admin
            .post(
                "api/admin/intents",
                "{\"id\":\"" + helpdeskOnly + "\",\"labels\":{\"fr\":\"Sujet de test\"}}")
            .status());
    List<Long> added = new ArrayList<>();
    for (String text : List.of("premier exemple de test", "second exemple de test")) {
      StaffClient.Response example =
          admin.post(
              "api/admin/training/examples",
              "{\"text\":\"" + text + "\",\"intent\":\"" + helpdeskOnly + "\"}");
      assertEquals(200, example.status(), example.body());
      added.add(example.json().getJsonNumber("id").longValue());
    }
    StaffClient.Response refused = admin.post("api/admin/models/builds", "{}");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.json().getString("error").contains(helpdeskOnly + " (2)"), refused.body());
    assertEquals(
        200, admin.post("api/admin/training/examples/reject", "{\"ids\":" + added + "}").status());
  }

  @Test
  @Order(6)
  void aBuild_runsInTheBackground_oneAtATime_whileEveryKioskGetsItsReply() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    StaffClient.Response added =
        admin.post(
            "api/admin/training/examples",
            "{\"text\":\"est-ce qu'on peut laver ses chaussettes ici\",\"intent\":\"laverie\"}");
    long validated = added.json().getJsonNumber("id").longValue();

    AtomicBoolean chatting = new AtomicBoolean(true);
    AtomicInteger replies = new AtomicInteger();
    ExecutorService kiosks = Executors.newFixedThreadPool(3);
    List<Future<?>> visitors = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      visitors.add(
          kiosks.submit(
              () -> {
                while (chatting.get()) {
                  askOneQuestion();
                  replies.incrementAndGet();
                }
                return null;
              }));
    }
    StaffClient.Response started = admin.post("api/admin/models/builds", "{}");
    assertEquals(202, started.status(), started.body());
    baseline = started.json().getJsonNumber("version").longValue();
    StaffClient.Response second = admin.post("api/admin/models/builds", "{}");
    assertEquals(409, second.status(), second.body());
    assertTrue(second.json().getString("error").contains("already being built"), second.body());
    if (Files.isDirectory(Path.of("/proc/thread-self"))) {
      // More than one thread may carry the name: a thread the build starts (OpenNLP's GIS worker)
      // keeps its parent's kernel name until it first runs, which an idle-priority thread on a
      // busy machine may not do for a while. It inherits the policy too, so all must be idle.
      List<String> scheduling = BuildThreads.awaitScheduling();
      assertFalse(scheduling.isEmpty(), "no model-build thread appeared within 30 s");
      assertEquals(
          Set.of("policy 5, nice 0"),
          Set.copyOf(scheduling),
          "the build threads run under SCHED_IDLE (5), as the kernel sees them");
    }

    int repliesBefore = replies.get();
    JsonObject done = awaitBuild(admin);
    chatting.set(false);
    for (Future<?> visitor : visitors) {
      visitor.get(); // rethrows any reply that failed or did not come
    }
    kiosks.shutdown();
    assertTrue(replies.get() > repliesBefore, "visitors were answered during the build");
    assertEquals(baseline, done.getJsonNumber("version").longValue());
    assertFalse(done.containsKey("error") && !done.isNull("error"), done.toString());

    JsonObject version = admin.get("api/admin/models/" + baseline).json();
    assertEquals("CANDIDATE", version.getString("status"));
    JsonObject metrics = version.getJsonObject("metrics");
    assertTrue(metrics.getJsonObject("heldOut").getInt("testMessages") > 1000);
    assertTrue(metrics.getJsonObject("crossValidation").getInt("testMessages") > 4000);
    assertTrue(metrics.getJsonObject("heldOut").getJsonNumber("macroF1").doubleValue() > 0.5);
    StaffClient.Response picture = admin.get("api/admin/models/" + baseline + "/confusion.svg");
    assertEquals(200, picture.status());
    assertTrue(picture.body().startsWith("<svg") && picture.body().contains("laverie"));

    try (Connection db = TestDatabase.connect();
        ResultSet sizes =
            db.createStatement()
                .executeQuery(
                    "select length(model), @@max_allowed_packet from model_version where id = "
                        + baseline)) {
      sizes.next();
      long stored = sizes.getLong(1);
      System.out.printf(
          Locale.ROOT,
          "model version %d: %d bytes gzip; max_allowed_packet %d%n",
          baseline,
          stored,
          sizes.getLong(2));
      assertTrue(stored > 100_000 && stored < sizes.getLong(2), "the model fits in one packet");
    }

    // The baseline for the gate: promoted whatever the model in service was (the reason is only
    // recorded when the gate refuses).
    StaffClient.Response promoted =
        admin.post(
            "api/admin/models/" + baseline + "/promote",
            "{\"overrideReason\":\"baseline of the integration test\"}");
    assertEquals(200, promoted.status(), promoted.body());
    assertEquals("ACTIVE", promoted.json().getString("status"));
    assertEquals(
        baseline, admin.get("api/admin/models").json().getJsonNumber("activeVersion").longValue());
    assertEquals(
        "IN_MODEL",
        TrainingRows.exampleStatus(validated),
        "examples of a promoted build are in it");
  }

  @Test
  @Order(7)
  void theGate_refusesAWorseModel_acceptsItWithAReason_andRollbackRestoresThePredictions()
      throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    List<String> before = predictions(admin);

    // Cripple the data: reject every example of two thirds of the intents.
    List<String> intents =
        admin
            .get("api/admin/models/" + baseline)
            .json()
            .getJsonObject("metrics")
            .getJsonObject("heldOut")
            .getJsonArray("perIntent")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(i -> i.getString("intent"))
            .filter(i -> !i.equals("oos"))
            .toList();
    List<Long> rejected = new ArrayList<>();
    for (int i = 0; i < intents.size(); i++) {
      if (i % 3 != 0) {
        rejected.addAll(exampleIds(intents.get(i)));
      }
    }
    assertEquals(
        200,
        admin.post("api/admin/training/examples/reject", "{\"ids\":" + rejected + "}").status());
    try {
      StaffClient.Response started = admin.post("api/admin/models/builds", "{}");
      assertEquals(202, started.status(), started.body());
      long worse = started.json().getJsonNumber("version").longValue();
      awaitBuild(admin);

      StaffClient.Response refused = admin.post("api/admin/models/" + worse + "/promote", "{}");
      assertEquals(409, refused.status(), refused.body());
      assertEquals("overrideReason", refused.json().getString("field"));
      assertTrue(refused.json().getString("error").contains("macro-F1"), refused.body());
      assertEquals(before, predictions(admin), "a refused model is not in service");

      StaffClient.Response forced =
          admin.post(
              "api/admin/models/" + worse + "/promote",
              "{\"overrideReason\":\"test: we accept a worse model\"}");
      assertEquals(200, forced.status(), forced.body());
      assertEquals("test: we accept a worse model", forced.json().getString("overrideReason"));
      assertNotEquals(before, predictions(admin), "the worse model is in service");
      assertTrue(audited("model.promote-override", "version " + worse));

      StaffClient.Response rolledBack =
          admin.post("api/admin/models/" + baseline + "/rollback", "{}");
      assertEquals(200, rolledBack.status(), rolledBack.body());
      assertEquals(before, predictions(admin), "the baseline's predictions are back");
      assertTrue(audited("model.rollback", "version " + baseline));
      assertEquals(
          409,
          admin.post("api/admin/models/" + baseline + "/rollback", "{}").status(),
          "the active version cannot be rolled back to");
    } finally {
      admin.post("api/admin/training/examples/validate", "{\"ids\":" + rejected + "}");
    }
  }

  @Test
  @Order(9)
  void badRequests_getASpecificErrorNamingTheField() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    StaffClient.Response unknown = admin.post("api/admin/models/999999/promote", "{}");
    assertEquals(404, unknown.status(), unknown.body());
    assertEquals("id", unknown.json().getString("field"));
    assertEquals(404, admin.get("api/admin/models/999999/confusion.svg").status());
    StaffClient.Response empty = admin.post("api/admin/models/classify", "{\"text\":\" \"}");
    assertEquals(400, empty.status());
    assertEquals("text", empty.json().getString("field"));
    StaffClient.Response language =
        admin.post(
            "api/admin/training/import",
            "{\"fileName\":\"a.csv\",\"content\":\"text,intent\\nx,oos\\n\",\"language\":\"French!\"}");
    assertEquals(400, language.status());
    assertEquals("language", language.json().getString("field"));
    StaffClient.Response tooLarge =
        admin.post(
            "api/admin/training/import",
            importRequest("big.csv", "text,intent\n" + "a,oos\n".repeat(900_000)));
    assertEquals(413, tooLarge.status(), tooLarge.body());
  }

  @Test
  @Order(8)
  void rollbackToTheShippedModel_restoresItsPredictions_andCanBeUndone() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    List<String> shipped = shippedModelPredictions();
    long active = admin.get("api/admin/models").json().getJsonNumber("activeVersion").longValue();
    assertNotEquals(shipped, predictions(admin), "a built version is in service, not the shipped");
    JsonObject entry = admin.get("api/admin/models").json().getJsonObject("shipped");
    assertFalse(entry.getBoolean("inService"));
    assertEquals(IntentClassifier.shippedModel().version(), entry.getString("model"));
    assertEquals(2, entry.getJsonArray("tests").size(), "figures of the fr and en test files");

    StaffClient.Response rolledBack = admin.post("api/admin/models/shipped/rollback", "{}");
    assertEquals(204, rolledBack.status(), rolledBack.body());

    assertEquals(shipped, predictions(admin), "the shipped model's predictions are back");
    JsonObject models = admin.get("api/admin/models").json();
    assertTrue(
        !models.containsKey("activeVersion") || models.isNull("activeVersion"), models.toString());
    assertEquals(IntentClassifier.shippedModel().version(), models.getString("activeModel"));
    assertTrue(models.getJsonObject("shipped").getBoolean("inService"));
    assertEquals("ARCHIVED", admin.get("api/admin/models/" + active).json().getString("status"));
    assertTrue(
        admin.get("api/admin/audit?limit=20").parse().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                e ->
                    e.getString("actor").equals("admin")
                        && e.getString("action").equals("model.rollback")
                        && e.getString("target").equals("the shipped model")
                        && e.getString("details", "").equals("from version " + active)),
        "the rollback is in the journal, with the version it left");
    StaffClient.Response again = admin.post("api/admin/models/shipped/rollback", "{}");
    assertEquals(409, again.status(), again.body());
    assertTrue(again.json().getString("error").contains("already in service"), again.body());

    // and back to the version it replaced, like any rollback
    assertEquals(200, admin.post("api/admin/models/" + active + "/rollback", "{}").status());
    assertNotEquals(shipped, predictions(admin));
  }

  /** What the shipped model itself says of the probes, read here from the class path. */
  private static List<String> shippedModelPredictions() {
    IntentClassifier shipped = IntentClassifier.withShippedModel();
    return PROBES.stream()
        .map(probe -> shipped.classify(probe, new LanguageHint(null, null)))
        .map(
            p ->
                p.outOfScope()
                    + " "
                    + p.topIntents().get(0).intent()
                    + " "
                    + rounded(p.topIntents().get(0).confidence()))
        .toList();
  }

  /** Six digits: the same model gives the same figure whichever way JSON wrote the double. */
  private static String rounded(double confidence) {
    return String.format(Locale.ROOT, "%.6f", confidence);
  }

  private void askOneQuestion() throws Exception {
    try {
      askOneQuestionOnce();
    } catch (Exception | AssertionError failed) {
      // Once a handshake went unanswered for 10 s: a reverse DNS lookup per handshake, since
      // removed (UpgradeWithoutNameLookup). Should a kiosk fail again, the server's threads say
      // why.
      failed.addSuppressed(
          new AssertionError("server threads: " + ServerThreadDump.write("ModelsIT-kiosk")));
      throw failed;
    }
  }

  private void askOneQuestionOnce() throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
      kiosk.next("welcome");
      kiosk.send("{\"type\":\"message\",\"seq\":2,\"text\":\"c ouvert a kel heure demain\"}");
      JsonObject reply =
          kiosk.await(
              f -> "error".equals(f.getString("type")) || "BOT".equals(f.getString("author", "")));
      if ("error".equals(reply.getString("type"))) {
        throw new AssertionError("the kiosk got an error instead of a reply: " + reply);
      }
    }
  }

  private List<String> predictions(StaffClient admin) throws Exception {
    List<String> predicted = new ArrayList<>();
    for (String probe : PROBES) {
      JsonObject prediction =
          admin.post("api/admin/models/classify", "{\"text\":\"" + probe + "\"}").json();
      JsonValue top = prediction.getJsonArray("topIntents").get(0);
      predicted.add(
          prediction.getBoolean("outOfScope")
              + " "
              + top.asJsonObject().getString("intent")
              + " "
              + rounded(top.asJsonObject().getJsonNumber("confidence").doubleValue()));
    }
    return predicted;
  }

  private List<Long> exampleIds(String intent) throws Exception {
    return StaffClient.signedInAdmin(base)
        .get("api/admin/training/examples?status=IN_MODEL&limit=500&intent=" + intent)
        .json()
        .getJsonArray("examples")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(e -> e.getJsonNumber("id").longValue())
        .toList();
  }

  private static JsonObject awaitBuild(StaffClient admin) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
    boolean sawProgress = false;
    while (System.nanoTime() < deadline) {
      JsonObject progress = admin.get("api/admin/models/builds/current").json();
      if (!progress.getBoolean("running")) {
        assertTrue(sawProgress, "the build reported its progress: " + progress);
        return progress;
      }
      sawProgress |= progress.getInt("percent") > 0;
      Thread.sleep(200);
    }
    throw new AssertionError("the build did not finish within 8 minutes");
  }

  private static String importRequest(String fileName, String content) {
    return jakarta.json.Json.createObjectBuilder()
        .add("fileName", fileName)
        .add("content", content)
        .build()
        .toString();
  }

  private static int countExamplesContaining(String marker) throws Exception {
    return TrainingRows.count(
        "select count(*) from training_example where text like '%" + marker + "%'");
  }

  private static boolean audited(String action, String target) throws Exception {
    return TrainingRows.count(
            "select count(*) from audit_entry where action = '"
                + action
                + "' and target = '"
                + target
                + "'")
        == 1;
  }

  /**
   * A marker of letters only: with digits, a marker like "zq98 6db8" can look like the start of an
   * IBAN, and the redactor (rightly cautious) then replaces it, so the test would fail at random.
   */
  private static String lettersOnlyMarker() {
    StringBuilder marker = new StringBuilder("zq");
    java.util.concurrent.ThreadLocalRandom.current()
        .ints(6, 'a', 'z' + 1)
        .forEach(c -> marker.append((char) c));
    return marker.toString();
  }
}
