package org.relais.web.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.relais.testing.Browser;
import org.relais.testing.ClientSideIT;
import org.relais.testing.ConsolePage;
import org.relais.testing.ConsoleScene;
import org.relais.testing.KioskPage;
import org.relais.testing.StaffClient;

/**
 * The worker console and the admin staff page in a real Chromium, with a visitor on the kiosk page
 * in a second Chromium, against Payara Micro and MariaDB.
 */
class ConsolePageIT extends ClientSideIT {
  @Test
  void visitorAndWorker_talkThroughTheConsole_andTheCorrectionReachesTheTrainingInbox()
      throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    try (ConsoleScene scene = ConsoleScene.start(base, admin, "Sophie")) {
      ConsolePage console = scene.console;
      KioskPage kiosk = scene.kiosk;
      long conversation = scene.conversation;
      String quietTitle = scene.quietTitle;

      String entry = console.awaitWaiting(conversation); // already there: Scene waited for it
      assertTrue(entry.contains(ConsoleScene.ASKS_FOR_PERSON), entry);
      assertTrue(entry.contains("Français"), entry);
      assertTrue(entry.contains("attend depuis"), entry);
      assertTrue(console.title().startsWith("(") && console.title().endsWith(quietTitle));

      scene.claim();
      String context = console.contextCard();
      assertTrue(context.contains("Raison") && context.contains("Français"), context);
      assertTrue(context.contains("En attente depuis"), context);
      // What the bot understood (or that it could not read it, without a model) is shown.
      console.awaitScript(
          "return document.querySelector('#history-list .message--visitor .message-understood')",
          "what the bot understood of the visitor's message");
      console.awaitHistory(ConsoleScene.ASKS_FOR_PERSON);
      console.awaitScript(
          "return document.querySelector('#history-list .message--bot')", "the bot's turn too");
      kiosk.awaitScript(
          "return document.body.innerText.includes('Sophie')", "the worker's name on the kiosk");

      console.reply("Bonjour, ici Sophie. Je vous écoute.");
      kiosk.awaitWorkerMessage("Bonjour, ici Sophie. Je vous écoute.");
      String question = "je cherche une douche chaude";
      kiosk.say(question);
      console.awaitHistory(question);

      String note = "NOTE-INTERNE-" + conversation + " : suivi par l'assistante sociale";
      console.addNote(note);
      String canned = console.sendFirstCannedReply();
      kiosk.awaitWorkerMessage(canned);
      assertEquals(1, kiosk.workerTexts().stream().filter(canned::equals).count());
      assertFalse(kiosk.pageText().contains("NOTE-INTERNE"), "a note reached the kiosk");

      console.close("ANSWERED", Map.of(console.visitorMessageId(question), "douche_hygiene"));
      console.awaitNoConversationOpen();

      JsonObject example = inboxExample(admin, question);
      assertEquals("douche_hygiene", example.getString("intent"));
      assertEquals("HELPDESK", example.getString("source"));
    }
  }

  @Test
  void cannedRepliesAndNotes_neverReachTheKiosk_unlessTheWorkerSendsThem() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    try (ConsoleScene scene = ConsoleScene.start(base, admin, "Gaël")) {
      ConsolePage console = scene.console;
      KioskPage kiosk = scene.kiosk;
      long conversation = scene.conversation;
      scene.claim();
      console.addNote("Note jamais montrée " + conversation);
      console.reply("Un instant, je regarde.");
      kiosk.awaitWorkerMessage("Un instant, je regarde.");

      String shown = kiosk.pageText();
      assertFalse(shown.contains("Note jamais montrée"), shown);
      for (JsonObject reply : cannedReplies(admin)) {
        assertFalse(shown.contains(reply.getString("text")), "canned reply on the kiosk: " + reply);
      }
    }
  }

  @Test
  void theVisitorLeaving_isShown_andTheReplyBeingTypedIsKept() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    try (ConsoleScene scene = ConsoleScene.start(base, admin, "Inès")) {
      ConsolePage console = scene.console;
      KioskPage kiosk = scene.kiosk;
      scene.claim();

      console.typeReply("Réponse à moitié écrite");
      kiosk.pressDone();
      console.awaitScript(
          "return document.getElementById('conversation-state').textContent.includes('terminée')",
          "the console to say the conversation ended");
      assertEquals("Réponse à moitié écrite", console.replyBox());
    }
  }

  @Test
  void closing_withoutAnOutcome_isRefusedInTheDialog() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    try (ConsoleScene scene = ConsoleScene.start(base, admin, "Malik")) {
      ConsolePage console = scene.console;
      KioskPage kiosk = scene.kiosk;
      assertEquals("", console.accessibilityViolations(), "console with someone waiting");
      scene.claim();

      assertTrue(console.closeWithoutOutcome().contains("Choisissez"));
      assertEquals("", console.accessibilityViolations(), "close dialog open");
      console.cancelDialog();
      assertEquals("", console.accessibilityViolations(), "console with a conversation open");
      console.reply("Toujours là ?");
      kiosk.awaitWorkerMessage("Toujours là ?"); // still the worker's, nothing was closed
    }
  }

  @Test
  void adminStaffPage_createsAWorker_whoseOneTimePasswordWorksOnceAndMustBeChanged()
      throws Exception {
    String login = ConsoleScene.newLogin();
    try (Browser adminBrowser = Browser.launch();
        Browser workerBrowser = Browser.launch()) {
      ConsolePage adminPage = new ConsolePage(adminBrowser.driver(), base.toString());
      adminPage.signIn("admin", StaffClient.ADMIN_PASSWORD).awaitLive();
      adminPage.go("admin/staff.html");
      adminPage.awaitScript("return document.querySelector('#staff-rows tr')", "the accounts");
      assertEquals("", adminPage.accessibilityViolations(), "admin staff page");

      String oneTime = adminPage.createWorker("Nadia Ben", login);
      adminPage.awaitScript(
          "return document.querySelector('#staff-rows tr[data-login=\"" + login + "\"]')",
          "the new account in the list");
      assertTrue(
          adminPage.staffRows().stream().anyMatch(r -> r.contains(login) && r.contains("Actif")));
      assertEquals("", adminPage.accessibilityViolations(), "one-time password shown");

      adminPage.createWorker("Nadia Bis", login); // the same login again
      assertTrue(adminPage.createError().contains("déjà pris"), adminPage.createError());

      ConsolePage worker = new ConsolePage(workerBrowser.driver(), base.toString());
      worker.signIn(login, oneTime);
      worker.chooseOwnPassword("mon café de neuf heures");
      worker.awaitLive();

      worker.go("admin/staff.html");
      assertEquals("Accès refusé – Relais", worker.title());
      assertTrue(worker.staffRows().isEmpty());
    }
    StaffClient again = new StaffClient(base);
    assertEquals(401, again.signIn(login, "not-the-password").status());
  }

  @Test
  void adminCannedRepliesPage_addsAReply_andRefusesAnEmptyOne() throws Exception {
    String title = "Titre " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.launch()) {
      ConsolePage page = new ConsolePage(browser.driver(), base.toString());
      page.signIn("admin", StaffClient.ADMIN_PASSWORD).awaitLive();
      page.go("admin/canned-replies.html");
      page.awaitScript("return document.querySelector('#replies li')", "the French replies");
      assertEquals("", page.accessibilityViolations(), "canned replies page");

      page.addCannedReply("uk", "", "Текст без заголовка");
      assertTrue(page.newCannedReplyError().contains("titre"), page.newCannedReplyError());
      page.addCannedReply("uk", title, ""); // the text typed before is kept: complete the title
      page.awaitPageText(title);
    }
    List<JsonObject> ukrainian =
        cannedReplies(StaffClient.signedInAdmin(base)).stream()
            .filter(reply -> reply.getString("language").equals("uk"))
            .toList();
    assertTrue(
        ukrainian.stream()
            .anyMatch(
                r ->
                    r.getString("title").equals(title)
                        && r.getString("text").equals("Текст без заголовка")),
        ukrainian.toString());
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static JsonObject inboxExample(StaffClient admin, String text) throws Exception {
    StaffClient.Response inbox = admin.get("api/admin/training/examples?status=INBOX");
    assertEquals(200, inbox.status(), inbox.body());
    return inbox.json().getJsonArray("examples").getValuesAs(JsonObject.class).stream()
        .filter(example -> example.getString("text").equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " not in the inbox: " + inbox.body()));
  }

  private static List<JsonObject> cannedReplies(StaffClient admin) throws Exception {
    StaffClient.Response all = admin.get("api/admin/canned-replies");
    assertEquals(200, all.status(), all.body());
    return ((JsonArray) all.parse()).getValuesAs(JsonObject.class);
  }
}
