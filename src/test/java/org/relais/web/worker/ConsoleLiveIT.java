package org.relais.web.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.WebSocket;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.testing.Browser;
import org.relais.testing.ClientSideIT;
import org.relais.testing.ConsolePage;
import org.relais.testing.ConsoleScene;
import org.relais.testing.CuttableProxy;
import org.relais.testing.FrameCollector;
import org.relais.testing.KioskClient;
import org.relais.testing.StaffClient;

/**
 * What the console does live, in real Chromium pages against Payara Micro and MariaDB: urgent
 * entries, release and transfer, the arrival chime and tab title, a dropped connection, password
 * and sign-out. The safety message is classified by the shipped model (the server is only ready
 * once it is loaded).
 */
class ConsoleLiveIT extends ClientSideIT {
  private static final String SAFETY_MESSAGE = "je veux mourir";

  @Test
  void safetyMessage_isListedFirstAndHighlighted_untilAWorkerTakesIt() throws Exception {
    try (ConsoleScene scene = scene("Claire");
        KioskClient visitor = KioskClient.connect(base)) {
      ConsolePage console = scene.console;
      long urgent = visitor.startInFrench(SAFETY_MESSAGE, null);

      String entry = console.awaitWaiting(urgent);
      assertTrue(entry.toLowerCase(Locale.ROOT).contains("urgent"), entry);
      assertTrue(console.isHighlightedUrgent(urgent));
      List<Long> order = console.waitingOrder();
      assertTrue(
          order.indexOf(urgent) < order.indexOf(scene.conversation),
          "urgent before the one waiting longer: " + order);
      assertUrgentOnesFirst(console);
      assertTrue(console.title().contains("URGENT"), console.title());
      assertEquals("urgent", console.script("return document.body.dataset.lastChime"));

      console.lookAtThePage(); // seen: "Nouveau" goes, the urgent highlight stays
      console.awaitScript(
          "return !document.querySelector('#waiting-list .entry--new')", "the new marks to go");
      assertEquals(scene.quietTitle, console.title());
      assertTrue(console.isHighlightedUrgent(urgent), "still highlighted once seen");

      console.claim(urgent);
      console.awaitOpenAndMine(urgent);
      console.awaitTaken(urgent);
      assertFalse(console.isHighlightedUrgentAnywhere(urgent), "highlighted after the claim");
      String context = console.contextCard().toLowerCase(Locale.ROOT);
      assertTrue(context.contains("urgent"), context);
    }
  }

  @Test
  void release_putsTheConversationBackAtItsPlace_andTellsTheVisitor() throws Exception {
    try (ConsoleScene scene = scene("Hugo");
        KioskClient later = KioskClient.connect(base)) {
      ConsolePage console = scene.console;
      long second = asksForAPerson(later);
      console.awaitWaiting(second);
      scene.claim();
      scene.kiosk.awaitScript(
          "return presence.innerText.includes('Hugo')", "the worker's name on the kiosk");

      console.release();
      console.awaitNoConversationOpen();
      console.awaitWaiting(scene.conversation);
      List<Long> order = console.waitingOrder();
      assertTrue(
          order.indexOf(scene.conversation) < order.indexOf(second),
          "back ahead of the one who came later: " + order);
      scene.kiosk.awaitScript(
          "return document.body.innerText.includes('Vous revenez dans la file')",
          "the visitor told they are back in the queue");
      scene.kiosk.awaitScript(
          "return /Vous êtes le numéro \\d+/.test(presence.innerText)", "their place again");
    }
  }

  @Test
  void transfer_handsTheConversationToTheNamedColleague_whomTheVisitorThenSees() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String colleagueLogin = ConsoleScene.newLogin();
    StaffClient colleague = StaffClient.newWorker(admin, colleagueLogin, "Bastien");
    FrameCollector colleagueConsole = new FrameCollector();
    WebSocket colleagueSocket = colleague.console(colleagueConsole); // online, listed first
    try (ConsoleScene scene = ConsoleScene.start(base, admin, "Yasmine")) {
      ConsolePage console = scene.console;
      scene.claim();

      console.transferTo(colleagueLogin);
      console.awaitNoConversationOpen();
      assertTrue(console.awaitTaken(scene.conversation).contains("avec Bastien"));
      colleagueConsole.await(
          f ->
              "event".equals(f.getString("type", ""))
                  && "claimed".equals(f.getString("event"))
                  && f.getJsonNumber("conversation").longValue() == scene.conversation
                  && "Bastien".equals(f.getString("by")));
      scene.kiosk.awaitScript(
          "return presence.innerText.includes('Bastien')", "the colleague's name on the kiosk");

      String path = "api/helpdesk/conversations/" + scene.conversation + "/messages";
      assertEquals(201, colleague.post(path, "{\"text\":\"Bastien prend la suite.\"}").status());
      scene.kiosk.awaitWorkerMessage("Bastien prend la suite.");
    } finally {
      colleagueSocket.abort();
    }
  }

  @Test
  void newArrival_chimesAndMarksTheTitle_untilSeen_andMutingIsRemembered() throws Exception {
    try (ConsoleScene scene = scene("Lou");
        KioskClient later = KioskClient.connect(base)) {
      ConsolePage console = scene.console;
      // At least: a conversation of an earlier test may come back to the queue meanwhile.
      assertTrue(console.title().matches("\\(\\d+\\) .*"), console.title());
      assertTrue(console.soundToggleIsOn(), "sound on unless muted");
      assertTrue(console.chimes() >= 1, "a chime for the arrival");
      // Before any click in the page the browser may refuse sound: then the page says so.
      String before = console.soundState();
      assertTrue(Set.of("on", "blocked").contains(before), before);
      assertEquals("blocked".equals(before), console.soundBlockedNoticeShown());
      assertEquals("", console.accessibilityViolations(), "console with the sound state shown");

      console.lookAtThePage();
      console.awaitScript(
          "return document.title === " + jsString(scene.quietTitle), "the title unmarked");
      assertFalse(console.isMarkedNew(scene.conversation));
      console.awaitScript("return document.body.dataset.sound === 'on'", "sound allowed");
      assertFalse(console.soundBlockedNoticeShown());

      console.pressSoundToggle();
      assertFalse(console.soundToggleIsOn());
      assertEquals("off", console.soundState());
      console.reload();
      console.awaitLive();
      assertFalse(console.soundToggleIsOn(), "muting is remembered");

      long second = asksForAPerson(later);
      console.awaitWaiting(second);
      console.awaitScript("return /^\\(\\d+\\) /.test(document.title)", "the title marked");
      assertEquals(0, console.chimes(), "muted: no chime");
    }
  }

  @Test
  void droppedConnection_comesBack_andShowsWhatChangedMeanwhile() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    try (CuttableProxy proxy = new CuttableProxy(base.getHost(), base.getPort());
        ConsoleScene scene =
            ConsoleScene.start(base, "http://127.0.0.1:" + proxy.port() + "/", admin, "Nour");
        KioskClient meanwhile = KioskClient.connect(base)) {
      ConsolePage console = scene.console;

      proxy.cut();
      console.awaitConnectionState("waiting");
      long arrived = asksForAPerson(meanwhile);
      scene.kiosk.say("toujours là ?");
      scene.kiosk.awaitAllSent();
      proxy.restore();

      console.awaitConnectionState("open");
      console.awaitWaiting(arrived);
      console.awaitScript(
          "return document.querySelector('#waiting-list [data-conversation=\""
              + scene.conversation
              + "\"]')?.innerText.includes('toujours là ?')",
          "the visitor's latest words");
    }
  }

  @Test
  void ownPassword_isChangedFromTheConsole_andSignOutLeadsBackToTheSignInPage() throws Exception {
    String login = ConsoleScene.newLogin();
    StaffClient.newWorker(StaffClient.signedInAdmin(base), login, "Rémi");
    String chosen = "un autre mot de passe à moi";
    try (Browser browser = Browser.launch()) {
      ConsolePage console = new ConsolePage(browser.driver(), base.toString());
      console.signIn(login, StaffClient.ownPassword(login)).awaitLive();

      console.changeOwnPassword(StaffClient.ownPassword(login), chosen);
      console.awaitLive();
      console.signOut();
      console.awaitScript("return location.pathname === '/staff/sign-in.html'", "the sign-in page");
      console.go("console/");
      console.awaitScript(
          "return location.pathname === '/staff/sign-in.html'", "the console refused");
    }
    assertEquals(401, new StaffClient(base).signIn(login, StaffClient.ownPassword(login)).status());
    assertEquals(200, new StaffClient(base).signIn(login, chosen).status());
  }

  private ConsoleScene scene(String workerName) throws Exception {
    return ConsoleScene.start(base, StaffClient.signedInAdmin(base), workerName);
  }

  /** Another visitor, who pressed "talk to a person"; returns their conversation id. */
  private static long asksForAPerson(KioskClient visitor) throws InterruptedException {
    return visitor.startInFrench("Parler à une personne", "person");
  }

  private static void assertUrgentOnesFirst(ConsolePage console) {
    @SuppressWarnings("unchecked")
    List<String> urgency =
        (List<String>)
            console.script(
                "return [...document.querySelectorAll('#waiting-list > [data-conversation]')]"
                    + ".map(item => item.dataset.urgent)");
    int firstCalm = urgency.indexOf("false");
    assertTrue(
        firstCalm == -1 || !urgency.subList(firstCalm, urgency.size()).contains("true"),
        "urgent entries first: " + urgency);
  }

  private static String jsString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
