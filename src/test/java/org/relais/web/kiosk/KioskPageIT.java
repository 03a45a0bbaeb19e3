package org.relais.web.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.assistant.ClassifierService;
import org.relais.nlp.LanguageHint;
import org.relais.testing.AccessibilityAudit;
import org.relais.testing.Browser;
import org.relais.testing.CuttableProxy;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.KioskPage;
import org.relais.testing.StaffClient;
import org.relais.testing.WidgetHostSite;
import org.relais.testing.WorkerConsole;

/**
 * The kiosk page and the website widget in a real Chromium, against Payara Micro and MariaDB. Each
 * test starts its own browser (a fresh profile: no storage carried from one to the next).
 *
 * <p>This class is also loaded inside the server for its first test, where Selenium is absent:
 * browser work goes through {@link KioskPage} and {@link WidgetHostSite}, so that no Selenium type
 * appears in a method signature or lambda of this class.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskPageIT {
  private static final String ROUTINE_QUESTION = "c ouvert a kel heure";
  private static final String SAFETY_MESSAGE = "je veux mourir";
  private static final String HANDOVER = "Je demande à une personne de venir";

  @ArquillianResource private URL base;
  @Inject private ClassifierService classifier;

  @Deployment
  static WebArchive deployment() {
    return Deployments.relais().addClasses(KioskPageIT.class, Http.class);
  }

  @BeforeEach
  void awaitReady() throws Exception {
    if (base != null) {
      Http.awaitResponse(
          URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(90));
    }
  }

  /**
   * Runs first, inside the server: the shipped intent model (issue 3) is in service once the
   * application is ready, and it understands this class's two sentences as the brief says.
   */
  @Test
  @Order(1)
  void theShippedModel_understandsTheRoutineQuestionAndTheSafetyMessage()
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!classifier.isLoaded() && System.nanoTime() < deadline) {
      Thread.sleep(100); // the model loads in the background at start-up
    }
    assertTrue(classifier.isLoaded(), "the shipped model is in service");
    LanguageHint french = new LanguageHint("fr", null);
    assertEquals("horaires_ouverture", classifier.classify(ROUTINE_QUESTION, french).intent());
    assertEquals("detresse_suicide", classifier.classify(SAFETY_MESSAGE, french).intent());
  }

  @Test
  @RunAsClient
  void routineQuestion_isAnsweredOnScreen_withItsQuickReplies() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      assertEquals("fr", page.rootAttribute("lang"));
      assertTrue(page.title().contains("Relais"), page.title());

      page.say(ROUTINE_QUESTION);
      String answer = page.awaitBotMessage("Voici nos horaires");
      assertTrue(answer.contains("9h - 17h"), answer);
      assertEquals(List.of("fr"), page.botLanguages());
      assertTrue(page.quickReplyCount() > 0, "quick replies under the answer");

      String reply = page.pressFirstQuickReply();
      page.awaitBotMessages(2);
      page.awaitAllSent();
      assertEquals(List.of(ROUTINE_QUESTION, reply), page.visitorTexts());
      assertEquals(2, page.botTexts().size(), "each answer shown once");
    }
  }

  /** Runs before any worker signs in: nobody is there to come. */
  @Test
  @Order(2)
  @RunAsClient
  void personButton_withNobodySignedIn_saysWhatHappens_andShowsTheFreeNumbers() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      page.pressPersonButton();

      page.awaitBotMessage(HANDOVER);
      page.awaitScript("return !presence.hidden", "the waiting state");
      String said = page.textOf("presence");
      assertTrue(said.contains("Personne n'est libre en ce moment."), said);
      assertTrue(said.contains("Une personne de l'accueil la lira en arrivant."), said);
      assertEquals(
          List.of("tel:115", "tel:15", "tel:17", "tel:112", "sms:114"), page.callLinks("presence"));

      long conversation = page.storedConversation();
      StaffClient.Response queue = StaffClient.signedInAdmin(base).get("api/helpdesk/queue");
      assertTrue(
          queue.json().getJsonArray("entries").getValuesAs(JsonObject.class).stream()
              .anyMatch(
                  e ->
                      e.getJsonNumber("conversation").longValue() == conversation
                          && e.getString("status").equals("WAITING")),
          "still queued for whoever signs in: " + queue.body());
    }
  }

  @Test
  @RunAsClient
  void personButton_showsTheWaitingState_thenTheWorkerWhoAnswers() throws Exception {
    try (WorkerConsole sophie = WorkerConsole.open(base, "Sophie");
        Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      page.pressPersonButton();

      page.awaitBotMessage(HANDOVER);
      page.awaitScript("return !presence.hidden", "the waiting state");
      String waiting = page.textOf("presence");
      assertTrue(waiting.contains("Une personne va venir"), waiting);
      assertTrue(waiting.matches("(?s).*Vous êtes le numéro \\d+.*"), waiting);
      assertTrue(page.isShown("person"), "the person button is still there");

      long conversation = page.storedConversation();
      sophie.claim(conversation);
      page.awaitScript(
          "return presence.innerText.includes(\"Sophie, de l'accueil, vous répond.\")", "Sophie");
      sophie.write(conversation, "Bonjour, j'arrive.");
      page.awaitScript(
          "return [...document.querySelectorAll('#messages .msg--worker')]"
              + ".some(m => m.innerText.includes('Sophie') && m.innerText.includes('j\\'arrive'))",
          "Sophie's message, with her name");
    }
  }

  @Test
  @RunAsClient
  void safetyMessage_showsTheEmergencyNumberAtOnce_andItStays() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      page.say(SAFETY_MESSAGE);

      page.awaitScript("return !emergency.hidden", "the emergency number");
      Map<String, String> call = page.emergencyCall();
      assertEquals("tel:3114", call.get("href"));
      assertTrue(call.get("text").contains("3114"), call.get("text"));
      page.awaitScript("return !presence.hidden", "the urgent handover");

      page.say("merci");
      page.awaitAllSent();
      assertTrue(page.isShown("emergency"), "the number stays on screen");
      assertEquals(call, page.emergencyCall());
    }
  }

  @Test
  @RunAsClient
  void inactivity_wipesTheScreenAndTheStorage_andTheServerForgetsTheConversation()
      throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base + "?inactivity=3");
      page.say(ROUTINE_QUESTION);
      page.awaitBotMessage("Voici nos horaires");
      page.awaitAllSent();
      String resume = page.storedResumeToken();
      assertNotNull(resume, "the page keeps its resume token while the conversation lasts");
      page.script("window.relaisOldPage = true;");

      page.awaitScript("return idle.open", "the countdown");
      assertTrue(page.textOf("idle").contains("Vous êtes toujours là ?"), page.textOf("idle"));
      page.awaitScript("return !window.relaisOldPage", "a fresh page", Duration.ofSeconds(30));
      page.awaitConnected();

      assertEquals(List.of(), page.leftoversOf("Voici nos horaires"));
      assertResumeRefused(resume);
    }
  }

  @Test
  @RunAsClient
  void iAmDone_endsTheConversation_andLeavesNothingBehind() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      page.pressTopic("intent:douche_hygiene");
      page.awaitBotMessage("Vous pouvez prendre une douche ici");
      page.awaitAllSent();
      String resume = page.storedResumeToken();
      Object historyLength = page.script("return history.length");
      page.script("window.relaisOldPage = true;");

      page.pressDone();
      page.awaitScript("return !window.relaisOldPage", "a fresh page");
      page.awaitConnected();

      assertEquals(List.of(), page.leftoversOf("Vous pouvez prendre une douche ici"));
      assertResumeRefused(resume);
      assertEquals(historyLength, page.script("return history.length"), "no way back to it");
    }
  }

  @Test
  @RunAsClient
  void arabic_isLaidOutRightToLeft() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      page.pickLanguage("ar");

      assertEquals("rtl", page.rootAttribute("dir"));
      assertEquals("ar", page.rootAttribute("lang"));
      assertEquals("rtl", page.script("return getComputedStyle(messages).direction"));
      assertEquals("التحدث مع شخص", page.textOf("person"));

      page.pressTopic("intent:horaires_ouverture");
      page.awaitBotMessages(1);
      assertFalse(page.botLanguages().contains(null), "each bot message says its language");
      assertEquals("rtl", page.script("return getComputedStyle(messages).direction"));
      // The composer's send button sits on the left in a right-to-left layout.
      assertTrue(
          (Boolean)
              page.script(
                  "return document.querySelector('.button--send').getBoundingClientRect().left"
                      + " < text.getBoundingClientRect().left"));
    }
  }

  @Test
  @RunAsClient
  void readAloud_isOffered_onEachBotMessage_whenALocalVoiceSpeaksItsLanguage() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver());
      page.fakeVoices("fr-FR");
      page.open(base.toString());
      page.pressTopic("intent:horaires_ouverture");
      page.awaitBotMessages(1);
      assertEquals(List.of("Écouter", "Écouter"), page.readAloudLabels(), "welcome and answer");

      page.pressReadAloud(0);
      assertEquals(List.of("Écouter", "Arrêter la lecture"), page.readAloudLabels());
      Object spoken = page.script("return window.spoken.filter(s => s !== 'cancel')");
      assertTrue(spoken.toString().startsWith("[fr-FR Voici nos horaires."), spoken.toString());
      page.pressReadAloud(0);
      assertEquals(List.of("Écouter", "Écouter"), page.readAloudLabels(), "stopped");
      assertEquals("cancel", page.script("return window.spoken.at(-1)"));

      // Arabic has only a network voice here: it would send the text away, so no button.
      page.pickLanguage("ar");
      assertEquals(List.of("", "استمع"), page.readAloudLabels());
    }
  }

  @Test
  @RunAsClient
  void accessibilityAudit_findsNoViolation_inFrenchAndInArabic() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      assertEquals("", AccessibilityAudit.violations(browser.driver()), "fresh page, French");

      page.pressTopic("intent:horaires_ouverture");
      page.awaitBotMessages(1);
      page.say(SAFETY_MESSAGE);
      page.awaitScript("return !emergency.hidden && !presence.hidden", "emergency and waiting");
      page.awaitAllSent();
      assertEquals("", AccessibilityAudit.violations(browser.driver()), "conversation, French");

      page.pickLanguage("ar");
      assertEquals("", AccessibilityAudit.violations(browser.driver()), "conversation, Arabic");
      page.toggleLanguages();
      assertEquals("", AccessibilityAudit.violations(browser.driver()), "picker open, Arabic");
    }
  }

  @Test
  @RunAsClient
  void noRequest_leavesForAnotherOrigin() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      page.pressTopic("intent:repas_petit_dejeuner");
      page.awaitBotMessages(1);

      Object elsewhere =
          page.script(
              "return performance.getEntriesByType('resource').map(e => e.name)"
                  + ".concat([...document.querySelectorAll('[src],[href]')]"
                  + ".map(e => e.src || e.href))"
                  + ".filter(u => /^(https?|wss?):/.test(u)"
                  + " && new URL(u).origin !== location.origin)");
      assertEquals(List.of(), elsewhere, "requests to other origins");
      Object loaded = page.script("return performance.getEntriesByType('resource').length");
      assertTrue((Long) loaded >= 8, "the page's own resources are timed: " + loaded);
    }
  }

  @Test
  @RunAsClient
  void lostConnection_resendsTheUnacknowledgedMessage_andShowsEachMessageOnce() throws Exception {
    try (CuttableProxy proxy = new CuttableProxy(base.getHost(), base.getPort());
        Browser browser = Browser.launch()) {
      String proxied = "http://127.0.0.1:" + proxy.port() + "/"; // the proxy listens there
      KioskPage page = new KioskPage(browser.driver()).open(proxied);
      page.pressTopic("intent:horaires_ouverture");
      page.awaitBotMessages(1);

      proxy.cut();
      page.awaitScript("return document.documentElement.dataset.connection !== 'open'", "cut");
      page.pressPersonButton();
      assertEquals(1, page.pendingCount(), "shown at once, marked as being sent");

      proxy.restore();
      page.awaitConnected();
      page.awaitAllSent();
      page.awaitBotMessage(HANDOVER);
      page.awaitScript("return !presence.hidden", "the waiting state");
      assertEquals(2, page.visitorTexts().size());
      List<String> answers = page.botTexts(); // the handover may add what happens next
      assertEachIdOnce(page.messageIds());

      page.refresh();
      page.awaitConnected();
      page.awaitBotMessages(answers.size());
      page.awaitScript("return !presence.hidden", "the waiting state, after the reload too");
      assertEquals(2, page.visitorTexts().size(), "the conversation, resumed after a reload");
      assertEquals(answers, page.botTexts());
      assertEachIdOnce(page.messageIds());
    }
  }

  @Test
  @RunAsClient
  void visitorText_isShownAsText_neverAsHtml() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base.toString());
      String markup = "<img src=x onerror=\"document.title='pwned'\"><b>gras</b>";
      page.say(markup);
      page.awaitAllSent();
      assertEquals(List.of(markup), page.visitorTexts());
      assertEquals(0L, page.script("return messages.querySelectorAll('img, b').length"));
      assertFalse(page.title().contains("pwned"));
    }
  }

  @Test
  @RunAsClient
  void emptyOrTooLongText_isRefusedOnThePage_beforeSending() throws Exception {
    try (Browser browser = Browser.launch()) {
      KioskPage page = new KioskPage(browser.driver()).open(base + "kiosk");
      assertEquals(base.toString(), page.script("return location.href"), "/kiosk leads to /");
      page.say("   ");
      assertEquals("Écrivez d'abord votre question.", page.textOf("notice"));
      page.script("text.value = 'a'.repeat(1001); composer.requestSubmit();");
      assertEquals(
          "Votre message est trop long. Écrivez un message plus court.", page.textOf("notice"));
      assertEquals(List.of(), page.visitorTexts(), "nothing was sent");
    }
  }

  @Test
  @RunAsClient
  void widget_opensTheKioskInAnIframe_onAPageOfAnotherOrigin() throws Exception {
    try (WidgetHostSite site = new WidgetHostSite(base + "widget.js");
        Browser browser = Browser.launch()) {
      String otherHost = "localhost".equals(base.getHost()) ? "127.0.0.1" : "localhost";
      // Relais is at base; the site is at otherHost: another origin.
      assertEquals(List.of("RelaisWidget"), site.openIn(browser, otherHost), "one global only");
      assertEquals("Besoin d'aide ?", site.launcherText());

      String frame = site.open();
      assertTrue(frame.startsWith(base.toString()) && frame.contains("embed=1"), frame);
      KioskPage kiosk = site.enterFrame().awaitConnected();
      assertTrue(kiosk.rootAttribute("class").contains("embed"));
      kiosk.pressPersonButton();
      kiosk.awaitBotMessage(HANDOVER);
      site.leaveFrame();

      site.closeWidget();
      assertFalse(site.isFrameShown(), "closed");
      assertEquals("false", site.launcherExpanded());
    }
  }

  // ---- helpers ------------------------------------------------------------------------

  private void assertResumeRefused(String resume) throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send(
          "{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\",\"resume\":\""
              + resume
              + "\",\"lastSeen\":0}");
      JsonObject refusal = kiosk.next("error");
      assertTrue(
          Set.of("resume_expired", "resume_unknown").contains(refusal.getString("code")),
          refusal.toString());
    }
  }

  private static void assertEachIdOnce(List<String> ids) {
    assertFalse(ids.contains(null), "every message on screen has its server id: " + ids);
    assertEquals(Set.copyOf(ids).size(), ids.size(), "no id twice: " + ids);
  }
}
