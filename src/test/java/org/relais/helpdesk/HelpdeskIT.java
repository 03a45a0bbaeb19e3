package org.relais.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Deployments;
import org.relais.testing.FrameCollector;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.StaffClient;
import org.relais.testing.TestDatabase;

/** Staff sign-in, role checks, the live queue, claims, the grace period, close with labels. */
@ExtendWith(ArquillianExtension.class)
class HelpdeskIT {
  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.relais();
  }

  @BeforeEach
  void awaitReady() throws Exception {
    if (!base.toString().endsWith("/")) {
      base = new URL(base + "/");
    }
    Http.awaitResponse(
        URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(90));
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A kiosk whose visitor asked for a person; returns it with its conversation id. */
  private KioskClient visitorAsksForAPerson(long[] conversation) throws Exception {
    KioskClient kiosk = KioskClient.connect(base);
    conversation[0] = kiosk.startInFrench("Parler à une personne", "person");
    kiosk.until("status");
    return kiosk;
  }

  @Test
  void everyStaffEndpoint_refusesAnonymousCallers_andAdminEndpointsRefuseWorkers()
      throws Exception {
    StaffClient anonymous = new StaffClient(base);
    for (String path :
        List.of(
            "api/helpdesk/queue",
            "api/helpdesk/conversations/1",
            "api/helpdesk/canned-replies",
            "api/helpdesk/intents",
            "api/helpdesk/workers",
            "api/staff/me",
            "api/admin/staff",
            "api/admin/canned-replies")) {
      assertEquals(401, anonymous.get(path).status(), path);
    }
    for (String path :
        List.of(
            "api/helpdesk/conversations/1/claim",
            "api/helpdesk/conversations/1/close",
            "api/admin/staff")) {
      assertEquals(401, anonymous.post(path, "{}").status(), path);
    }
    StaffClient.Response page = anonymous.get("console/");
    assertEquals(302, page.status());
    assertTrue(page.location().contains("/staff/sign-in.html"), page.location());

    StaffClient worker =
        StaffClient.newWorker(StaffClient.signedInAdmin(base), unique("w"), "Wendy");
    assertEquals(200, worker.get("api/helpdesk/queue").status());
    for (String path : List.of("api/admin/staff", "api/admin/canned-replies")) {
      assertEquals(403, worker.get(path).status(), path);
      assertEquals(403, worker.post(path, "{}").status(), path);
    }
    FrameCollector anonymousConsole = new FrameCollector();
    assertTrue(
        failsOrCloses(() -> new StaffClient(base).console(anonymousConsole), anonymousConsole),
        "an anonymous console is refused");
  }

  private static boolean failsOrCloses(Callable<WebSocket> open, FrameCollector frames) {
    try {
      open.call();
      return frames.closed.get(10, java.util.concurrent.TimeUnit.SECONDS) >= 4000;
    } catch (Exception refusedAtHandshake) {
      return true;
    }
  }

  @Test
  void stateChangingCalls_withoutTheCsrfToken_areRefused() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    assertEquals(
        403,
        admin
            .postWithoutToken(
                "api/admin/staff",
                "{\"login\":\"" + unique("x") + "\",\"displayName\":\"X\",\"role\":\"WORKER\"}")
            .status());
  }

  @Test
  void repeatedFailedSignIns_areSlowedDown() throws Exception {
    StaffClient guesser = new StaffClient(base);
    String login = unique("nobody");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, guesser.signIn(login, "wrong-password-" + i).status());
    }
    StaffClient.Response slowed = guesser.signIn(login, "wrong-password-again");
    assertEquals(429, slowed.status(), slowed.body());
  }

  @Test
  void oneTimePassword_mustBeChanged_beforeUsingTheHelpdesk() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String login = unique("new");
    String oneTime =
        admin
            .post(
                "api/admin/staff",
                "{\"login\":\"" + login + "\",\"displayName\":\"Nina\",\"role\":\"WORKER\"}")
            .json()
            .getString("oneTimePassword");
    StaffClient worker = new StaffClient(base);
    assertTrue(worker.signIn(login, oneTime).json().getBoolean("mustChangePassword"));
    assertEquals(403, worker.get("api/helpdesk/queue").status());
    assertEquals(
        400,
        worker
            .put(
                "api/staff/me/password",
                "{\"currentPassword\":\"" + oneTime + "\",\"newPassword\":\"short\"}")
            .status());
    assertEquals(
        204,
        worker
            .put(
                "api/staff/me/password",
                "{\"currentPassword\":\""
                    + oneTime
                    + "\",\"newPassword\":\"a-good-long-password\"}")
            .status());
    assertEquals(200, worker.get("api/helpdesk/queue").status());
  }

  @Test
  void signingOut_closesTheConsolesOpenedWithThatSession() throws Exception {
    StaffClient worker =
        StaffClient.newWorker(StaffClient.signedInAdmin(base), unique("o"), "Odile");
    assertEquals(30, worker.get("api/staff/me").json().getInt("sessionMinutes"), "the default");
    FrameCollector console = new FrameCollector();
    worker.console(console);
    console.await(f -> f.getString("type").equals("queue"));

    assertEquals(204, worker.post("api/staff/sign-out", "{}").status());
    assertEquals(4401, console.closed.get(20, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(401, worker.get("api/helpdesk/queue").status());
  }

  @Test
  void disablingAnAccount_signsItOutAtOnce_andClosesItsConsoles() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String login = unique("gone");
    StaffClient worker = StaffClient.newWorker(admin, login, "Gaston");
    FrameCollector console = new FrameCollector();
    worker.console(console);
    console.await(f -> f.getString("type").equals("queue"));
    assertEquals(200, worker.get("api/helpdesk/queue").status());

    assertEquals(204, admin.post("api/admin/staff/" + login + "/disable", "{}").status());
    assertEquals(4401, console.closed.get(20, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(401, worker.get("api/helpdesk/queue").status());
    assertEquals(401, worker.signIn(login, StaffClient.ownPassword(login)).status());
    assertEquals(200, admin.get("api/admin/staff").status(), "the admin's own session goes on");
  }

  @Test
  void changingARole_orResettingAPassword_signsTheAccountOut() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String login = unique("promoted");
    StaffClient worker = StaffClient.newWorker(admin, login, "Paule");
    assertEquals(403, worker.get("api/admin/staff").status());

    assertEquals(
        204, admin.put("api/admin/staff/" + login + "/role", "{\"role\":\"ADMIN\"}").status());
    assertEquals(401, worker.get("api/helpdesk/queue").status(), "signed out by the change");
    assertEquals(200, worker.signIn(login, StaffClient.ownPassword(login)).status());
    assertEquals(200, worker.get("api/admin/staff").status(), "the new role, from the new session");

    StaffClient.Response reset = admin.post("api/admin/staff/" + login + "/reset-password", "{}");
    assertEquals(200, reset.status(), reset.body());
    assertEquals(401, worker.get("api/admin/staff").status(), "signed out by the reset");
    assertEquals(401, worker.signIn(login, StaffClient.ownPassword(login)).status());
  }

  @Test
  void transfer_givesTheConversationToTheNamedWorkerOnly_andRefusesBadTargets() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String giverLogin = unique("a");
    String receiverLogin = unique("b");
    String disabledLogin = unique("d");
    StaffClient giver = StaffClient.newWorker(admin, giverLogin, "Anaïs");
    StaffClient receiver = StaffClient.newWorker(admin, receiverLogin, "Bastien");
    StaffClient.newWorker(admin, disabledLogin, "Denis");
    assertEquals(204, admin.post("api/admin/staff/" + disabledLogin + "/disable", "{}").status());
    long[] conversation = new long[1];
    try (KioskClient kiosk = visitorAsksForAPerson(conversation)) {
      String path = "api/helpdesk/conversations/" + conversation[0];
      assertEquals(200, giver.post(path + "/claim", "{}").status());
      String to = path + "/transfer";

      assertRefused(400, "yourself", giver.post(to, "{\"to\":\"" + giverLogin + "\"}"));
      assertRefused(400, "no active worker", giver.post(to, "{\"to\":\"nobody-here\"}"));
      assertRefused(400, "no active worker", giver.post(to, "{\"to\":\"" + disabledLogin + "\"}"));
      assertRefused(400, "\"field\":\"to\"", giver.post(to, "{}"));
      assertRefused(400, "\"field\":\"to\"", giver.post(to, "{\"to\":\"  \"}"));
      assertRefused(409, "not yours", receiver.post(to, "{\"to\":\"" + receiverLogin + "\"}"));
      assertRefused(
          404,
          "no open conversation",
          giver.post(
              "api/helpdesk/conversations/0/transfer", "{\"to\":\"" + receiverLogin + "\"}"));

      assertEquals(204, giver.post(to, "{\"to\":\"" + receiverLogin + "\"}").status());
      JsonObject status =
          kiosk.await(
              f ->
                  f.getString("type").equals("status")
                      && "Bastien".equals(f.getString("worker", null)));
      assertEquals("WITH_WORKER", status.getString("status"));
      assertRefused(409, "not yours", giver.post(path + "/messages", "{\"text\":\"encore moi\"}"));
      assertRefused(409, "not yours", giver.post(path + "/release", "{}"));
      assertEquals(201, receiver.post(path + "/messages", "{\"text\":\"Bastien ici.\"}").status());
      assertTrue(kiosk.receives("Bastien ici.", Duration.ofSeconds(20)));
      JsonObject detail = receiver.get(path).json().getJsonObject("context");
      assertEquals(receiverLogin, detail.getString("workerLogin"));
    }
  }

  private static void assertRefused(int status, String saying, StaffClient.Response response) {
    assertEquals(status, response.status(), response.body());
    assertTrue(response.body().contains(saying), response.body());
  }

  @Test
  void everyStaffAccountChange_isInTheAuditLog_withWhoAndWhat_butNeverAPassword() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String login = unique("audited-");
    StaffClient.Response created =
        admin.post(
            "api/admin/staff",
            "{\"login\":\"" + login + "\",\"displayName\":\"Aude\",\"role\":\"WORKER\"}");
    assertEquals(201, created.status(), created.body());
    String firstPassword = created.json().getString("oneTimePassword");
    assertEquals(204, admin.post("api/admin/staff/" + login + "/disable", "{}").status());
    assertEquals(
        204,
        admin.post("api/admin/staff/" + login + "/disable", "{}").status(),
        "disabling twice is harmless");
    assertEquals(204, admin.post("api/admin/staff/" + login + "/enable", "{}").status());
    StaffClient.Response reset = admin.post("api/admin/staff/" + login + "/reset-password", "{}");
    String secondPassword = reset.json().getString("oneTimePassword");
    assertEquals(
        204, admin.put("api/admin/staff/" + login + "/role", "{\"role\":\"ADMIN\"}").status());
    StaffClient.Response badRole =
        admin.put("api/admin/staff/" + login + "/role", "{\"role\":\"BOSS\"}");
    assertEquals(400, badRole.status(), badRole.body());
    assertEquals("role", badRole.json().getString("field"));
    assertEquals(400, admin.put("api/admin/staff/" + login + "/role", "").status());
    assertEquals(
        404,
        admin
            .put("api/admin/staff/" + unique("nobody-") + "/role", "{\"role\":\"ADMIN\"}")
            .status());
    StaffClient.Response ownRole = admin.put("api/admin/staff/admin/role", "{\"role\":\"WORKER\"}");
    assertEquals(409, ownRole.status(), ownRole.body());

    List<JsonObject> entries =
        admin.get("api/admin/audit?limit=50").parse().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(e -> login.equals(e.getString("target", "")))
            .toList();
    assertEquals(
        List.of(
            "admin staff.role WORKER -> ADMIN",
            "admin staff.reset-password one-time password given",
            "admin staff.enable -",
            "admin staff.disable -",
            "admin staff.create role WORKER, one-time password given"),
        entries.stream()
            .map(
                e ->
                    e.getString("actor")
                        + " "
                        + e.getString("action")
                        + " "
                        + e.getString("details", "-"))
            .toList(),
        "newest first, each change once; the refused ones not at all");
    for (JsonObject entry : entries) {
      assertFalse(entry.toString().contains(firstPassword), entry.toString());
      assertFalse(entry.toString().contains(secondPassword), entry.toString());
      assertTrue(entry.containsKey("at"), "when: " + entry);
    }

    // The new role applies from the next sign-in: the worker is now an admin.
    StaffClient promoted = new StaffClient(base);
    assertEquals(200, promoted.signIn(login, secondPassword).status());
    assertEquals(
        204,
        promoted
            .put(
                "api/staff/me/password",
                "{\"currentPassword\":\""
                    + secondPassword
                    + "\",\"newPassword\":\"a-good-long-password\"}")
            .status());
    assertEquals(200, promoted.get("api/admin/staff").status());
  }

  @Test
  void tenWorkersClaimingAtOnce_exactlyOneGetsTheConversation() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    List<StaffClient> workers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      workers.add(StaffClient.newWorker(admin, unique("c" + i + "-"), "Worker" + i));
    }
    long[] conversation = new long[1];
    try (KioskClient kiosk = visitorAsksForAPerson(conversation)) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(10);
      List<Future<StaffClient.Response>> claims = new ArrayList<>();
      for (StaffClient worker : workers) {
        claims.add(
            pool.submit(
                () -> {
                  start.await();
                  return worker.post(
                      "api/helpdesk/conversations/" + conversation[0] + "/claim", "{}");
                }));
      }
      start.countDown();
      int won = 0;
      int refused = 0;
      for (Future<StaffClient.Response> claim : claims) {
        StaffClient.Response response = claim.get();
        if (response.status() == 200) {
          won++;
        } else {
          assertEquals(409, response.status(), response.body());
          assertTrue(response.body().contains("already taken by Worker"), response.body());
          refused++;
        }
      }
      pool.shutdown();
      assertEquals(1, won);
      assertEquals(9, refused);
      JsonObject status =
          kiosk.await(
              f ->
                  f.getString("type").equals("status")
                      && f.getString("status").equals("WITH_WORKER"));
      assertTrue(status.getString("worker").startsWith("Worker"));
    }
  }

  @Test
  void claimingWhatIsNotWaiting_isRefused_andTheConversationGoesOnAsBefore() throws Exception {
    StaffClient worker =
        StaffClient.newWorker(StaffClient.signedInAdmin(base), unique("n"), "Nina");
    assertRefused(
        404,
        "no open conversation",
        worker.post("api/helpdesk/conversations/999999999/claim", "{}"));
    try (KioskClient kiosk = KioskClient.connect(base)) {
      long withBot = kiosk.startInFrench("je peux prendre une douche", null);
      kiosk.await(f -> f.getString("author", "").equals("BOT"));
      String claim = "api/helpdesk/conversations/" + withBot + "/claim";
      assertRefused(400, "not waiting for a person", worker.post(claim, "{}"));

      // Still the bot's: the refused claim changed nothing, in the database nor in the cache.
      kiosk.send("{\"type\":\"message\",\"seq\":3,\"text\":\"on mange a quelle heure\"}");
      kiosk.await(f -> f.getString("type").equals("ack") && f.getInt("re") == 3);
      kiosk.await(f -> f.getString("author", "").equals("BOT"));

      kiosk.send("{\"type\":\"end\",\"seq\":4,\"reason\":\"finished\"}");
      kiosk.await(f -> f.getString("type").equals("ended"));
      assertRefused(404, "no open conversation", worker.post(claim, "{}"));
    }
  }

  @Test
  void visitorAndWorker_talk_notesStayInternal_andTheLabelGoesToTheTrainingInbox()
      throws Exception {
    StaffClient worker =
        StaffClient.newWorker(StaffClient.signedInAdmin(base), unique("t"), "Sophie");
    FrameCollector console = new FrameCollector();
    WebSocket consoleSocket = worker.console(console);
    console.await(f -> f.getString("type").equals("queue"));

    long[] conversation = new long[1];
    try (KioskClient kiosk = visitorAsksForAPerson(conversation)) {
      JsonObject event =
          console.await(
              f ->
                  f.getString("type").equals("event")
                      && f.getJsonNumber("conversation").longValue() == conversation[0]);
      assertEquals("new", event.getString("event"));
      JsonObject queue = console.await(f -> f.getString("type").equals("queue"));
      assertTrue(
          queue.toString().contains("\"conversation\":" + conversation[0]), queue.toString());

      String id = "api/helpdesk/conversations/" + conversation[0];
      JsonObject detail = worker.post(id + "/claim", "{}").json();
      assertEquals("ASKED_FOR_PERSON", detail.getJsonObject("context").getString("reason"));
      JsonObject joined = kiosk.await(f -> f.getString("type").equals("status"));
      assertEquals("WITH_WORKER", joined.getString("status"));
      assertEquals("Sophie", joined.getString("worker"));

      assertEquals(
          201, worker.post(id + "/notes", "{\"text\":\"NOTE-INTERNE a ne pas montrer\"}").status());
      assertEquals(
          201, worker.post(id + "/messages", "{\"text\":\"Bonjour, j'arrive.\"}").status());
      JsonObject fromWorker = kiosk.await(f -> f.getString("author", "").equals("WORKER"));
      assertEquals("Bonjour, j'arrive.", fromWorker.getString("text"));
      assertEquals("Sophie", fromWorker.getString("worker"));

      kiosk.send(
          "{\"type\":\"message\",\"seq\":3,\"text\":\"mon tel c 06 12 34 56 78 je veux laver mes habits\"}");
      long visitorMessage =
          kiosk.await(f -> f.getString("type").equals("ack")).getJsonNumber("id").longValue();
      console.await(
          f ->
              f.getString("type").equals("message")
                  && f.getJsonObject("message").getJsonNumber("id").longValue() == visitorMessage);
      assertFalse(
          kiosk.receives("NOTE-INTERNE", Duration.ofSeconds(1)), "notes never reach the kiosk");

      assertEquals(
          204,
          worker
              .post(
                  id + "/close",
                  "{\"outcome\":\"ANSWERED\",\"labels\":[{\"messageId\":"
                      + visitorMessage
                      + ",\"intent\":\"laverie\"}]}")
              .status());
      kiosk.await(f -> f.getString("type").equals("ended"));
    }
    try (Connection db = TestDatabase.connect();
        ResultSet inbox =
            db.createStatement()
                .executeQuery(
                    "select text, intent, status, source from training_example where text like '%laver mes habits%' order by id desc")) {
      assertTrue(inbox.next(), "the labelled message is in the training inbox");
      assertEquals("mon tel c <TELEPHONE> je veux laver mes habits", inbox.getString("text"));
      assertEquals("laverie", inbox.getString("intent"));
      assertEquals("INBOX", inbox.getString("status"));
      assertEquals("HELPDESK", inbox.getString("source"));
    }
    consoleSocket.abort();
  }

  @Test
  void workerWhoseConsoleDisconnects_getsTheConversationBackWithinTheGrace_elseItReturnsToTheQueue()
      throws Exception {
    StaffClient worker =
        StaffClient.newWorker(StaffClient.signedInAdmin(base), unique("g"), "Gael");
    FrameCollector console = new FrameCollector();
    WebSocket socket = worker.console(console);
    console.await(f -> f.getString("type").equals("queue"));
    long[] conversation = new long[1];
    try (KioskClient kiosk = visitorAsksForAPerson(conversation)) {
      String waitingSince = waitingSince(conversation[0]);
      worker.post("api/helpdesk/conversations/" + conversation[0] + "/claim", "{}");
      socket.abort(); // the console's network goes away
      kiosk.await(
          f -> f.getString("type").equals("status") && f.getString("status").equals("WITH_WORKER"));
      JsonObject back =
          kiosk.await(
              f -> f.getString("type").equals("status") && f.getString("status").equals("WAITING"));
      assertTrue(back.getInt("position") >= 1);
      assertEquals(waitingSince, waitingSince(conversation[0]), "back at its original place");
    }
  }

  private static String waitingSince(long conversation) throws Exception {
    try (Connection db = TestDatabase.connect();
        ResultSet row =
            db.createStatement()
                .executeQuery(
                    "select waiting_since from conversation where id = " + conversation)) {
      row.next();
      return row.getString(1);
    }
  }
}
