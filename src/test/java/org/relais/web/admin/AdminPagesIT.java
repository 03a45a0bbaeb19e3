package org.relais.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relais.testing.AccessibilityAudit;
import org.relais.testing.Browser;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.StaffClient;
import org.relais.testing.WorkerConsole;

/**
 * The admin pages in a real Chromium against Payara Micro and MariaDB: an admin edits an answer and
 * a kiosk gets the new text, validates an example from the training inbox, and reads both actions
 * in the journal. Runs as a client only (testable = false): Selenium never enters the server.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPagesIT {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final String INTENT = "recharge_telephone";

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

  @Test
  void admin_editsAnAnswer_withLiveWarnings_andTheKioskGivesTheNewText() throws Exception {
    StaffClient api = StaffClient.signedInAdmin(base);
    JsonObject original =
        api.get("api/admin/intents/" + INTENT).json().getJsonObject("texts").getJsonObject("fr");
    String marker = "câble numéro " + (1000 + new java.util.Random().nextInt(9000));
    try (Browser browser = Browser.launch()) {
      WebDriver driver = browser.driver();
      signIn(driver, "admin/knowledge.html");
      await(driver, "return document.querySelectorAll('[data-intent]').length > 50", "the list");
      type(driver, "search", "charger");
      await(
          driver,
          "const n = document.querySelectorAll('[data-intent]').length; return n > 0 && n < 10",
          "a few matches");
      click(driver, "[data-intent='" + INTENT + "']");
      await(driver, "return document.getElementById('answer-text').value.length > 0", "answer");
      await(
          driver, "return !!document.querySelector('#answer-preview .preview-bubble')", "preview");
      assertEquals("", AccessibilityAudit.violations(driver), "knowledge page, intent open");

      type(
          driver,
          "answer-text",
          "Vous pouvez charger votre téléphone dans la grande salle du fond à côté des casiers.");
      String warning =
          (String)
              await(
                  driver,
                  "const w = document.querySelector('#answer-warnings [data-code=sentence_too_long]');"
                      + " return w && w.textContent",
                  "the too-long sentence warning");
      assertTrue(warning.contains("Ligne 1") && warning.contains("mots"), warning);

      setDate(driver, "2020-01-01");
      await(driver, "return !document.getElementById('stale-badge').hidden", "the stale badge");
      click(driver, "#verified-today");
      await(driver, "return document.getElementById('stale-badge').hidden", "no stale badge");

      String answer =
          "Vous pouvez charger votre téléphone ici.\nPrises : {{RECHARGE_POINTS}}.\n"
              + "Demandez le "
              + marker
              + ".";
      type(driver, "answer-text", answer);
      await(
          driver,
          "return document.getElementById('answer-preview').textContent.includes('Prises : ')"
              + " && !document.getElementById('answer-preview').textContent.includes('{{')"
              + " && !document.querySelector('#answer-warnings [data-code=sentence_too_long]')",
          "the preview rendered with the center's details");

      // A refused save (a date in the future) says why and keeps the text typed.
      setDate(driver, "2099-01-01");
      click(driver, "#answer-save");
      String refusal =
          (String)
              await(
                  driver,
                  "return document.getElementById('answer-error').textContent",
                  "the refusal");
      assertTrue(refusal.contains("futur"), refusal);
      assertEquals(answer, value(driver, "answer-text"));
      assertEquals("true", attribute(driver, "answer-verified", "aria-invalid"));

      click(driver, "#verified-today");
      click(driver, "#answer-save");
      await(
          driver,
          "return document.getElementById('staff-notices-status').textContent"
              + ".includes('Réponse enregistrée')",
          "the saved notice");
      assertEquals("", text(driver, "answer-error"));

      try (KioskClient kiosk = KioskClient.connect(base)) {
        kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
        kiosk.next("welcome");
        kiosk.send(
            "{\"type\":\"message\",\"seq\":2,\"text\":\"Charger\",\"payload\":\"intent:"
                + INTENT
                + "\"}");
        JsonObject reply =
            kiosk.await(
                f -> "message".equals(f.getString("type")) && "BOT".equals(f.getString("author")));
        assertTrue(reply.getString("text").contains("Demandez le " + marker), reply.toString());
      }
    } finally {
      restore(api, original);
    }
  }

  private void restore(StaffClient api, JsonObject original) throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("answer", original.getString("answer"))
            .add("sources", original.getJsonArray("sources"))
            .add("lastVerified", original.getString("lastVerified"))
            .build();
    assertEquals(
        200, api.put("api/admin/intents/" + INTENT + "/answers/fr", body.toString()).status());
  }

  @Test
  void admin_validatesInboxExamples_shownAsText_andTheJournalListsIt() throws Exception {
    String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
    String first = marker + " ou laver mes habits <b>vite</b> mail a.b@exemple.fr";
    String second = marker + " la laverie c quand";
    labelTwoVisitorMessages(first, second);

    try (Browser browser = Browser.launch()) {
      WebDriver driver = browser.driver();
      signIn(driver, "admin/training.html");
      await(driver, "return document.querySelectorAll('#examples tr').length > 0", "the inbox");
      WebElement firstRow = row(driver, marker + " ou laver");
      String shown = firstRow.findElement(By.cssSelector(".cell-text")).getText();
      assertTrue(shown.contains("<b>vite</b>"), "visitor text shown as typed: " + shown);
      assertTrue(shown.contains("<EMAIL>") && !shown.contains("a.b@exemple.fr"), shown);
      assertTrue(firstRow.findElements(By.tagName("b")).isEmpty(), "never parsed as HTML");
      assertEquals("", AccessibilityAudit.violations(driver), "training page");

      // One with its own button, the other ticked and validated with the bulk action.
      firstRow.findElement(By.xpath(".//button[text()='Valider']")).click();
      await(driver, gone(marker + " ou laver"), "the validated example leaving the inbox");
      row(driver, marker + " la laverie")
          .findElement(By.cssSelector("input[type=checkbox]"))
          .click();
      assertEquals("1 exemple coché", text(driver, "selected-count"));
      click(driver, "#bulk-validate");
      await(driver, gone(marker), "both examples leaving the inbox");

      click(driver, "[data-status=VALIDATED]");
      await(driver, gone(marker).replace("return !", "return "), "the validated tab");
      assertTrue(text(driver, "examples").contains(marker + " ou laver"));

      driver.get(base + "admin/audit.html");
      await(driver, "return document.querySelectorAll('#entries tr').length > 0", "the journal");
      String journal = text(driver, "entries");
      assertTrue(journal.contains("Exemples validés"), journal);
      assertTrue(journal.contains("admin"), journal);
      assertEquals("", AccessibilityAudit.violations(driver), "journal page");
    }
  }

  @Test
  void admin_editsTheCenterWithAPreview_andCreatesThenRetiresAnIntent() throws Exception {
    StaffClient api = StaffClient.signedInAdmin(base);
    String saved = api.get("api/admin/center").json().getString("RECHARGE_POINTS");
    String detail = "IT_PAGE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String id = "it_page_" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser browser = Browser.launch()) {
      WebDriver driver = browser.driver();
      signIn(driver, "admin/knowledge.html?center");
      await(driver, "return !!document.getElementById('center-RECHARGE_POINTS')", "the details");
      type(driver, "center-RECHARGE_POINTS", "la prise bleue près de la porte");
      assertEquals(INTENT, value(driver, "center-preview-intent"), "an answer using it");
      await(
          driver,
          "return document.getElementById('center-preview').textContent"
              + ".includes('Prises : la prise bleue près de la porte.')",
          "the preview with the value being typed");
      assertEquals(saved, api.get("api/admin/center").json().getString("RECHARGE_POINTS"));
      assertEquals("", AccessibilityAudit.violations(driver), "center details");

      type(driver, "center-RECHARGE_POINTS", saved);
      type(driver, "center-new-name", "bad name");
      click(driver, ".center-new button");
      assertEquals("true", attribute(driver, "center-new-name", "aria-invalid"));
      type(driver, "center-new-name", detail);
      click(driver, ".center-new button");
      type(driver, "center-" + detail, "le mardi");
      click(driver, "#center-save");
      await(
          driver,
          "return document.getElementById('staff-notices-status').textContent"
              + ".includes('Informations du centre enregistrées')",
          "the saved notice");
      JsonObject center = api.get("api/admin/center").json();
      assertEquals("le mardi", center.getString(detail));
      assertEquals(saved, center.getString("RECHARGE_POINTS"), "only what changed is saved");

      click(driver, "#new-intent");
      type(driver, "new-id", "Pas Bon");
      type(driver, "new-label-fr", "Bons alimentaires");
      click(driver, "#new-intent-form button[type=submit]");
      String refusal =
          (String)
              await(
                  driver, "return document.getElementById('new-intent-error').textContent", "why");
      assertTrue(refusal.contains("Identifiant"), refusal);
      type(driver, "new-id", id);
      click(driver, "#new-intent-form button[type=submit]");
      await(
          driver,
          "return document.getElementById('editor-title').textContent.includes('" + id + "')",
          "the new intent open");
      assertEquals("", AccessibilityAudit.violations(driver), "new intent open");

      // Urgent without a free number is refused, the field named; with one it is saved.
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("intent-handover")))
          .selectByValue("URGENT");
      type(driver, "label-en", "Food vouchers");
      click(driver, "#intent-save");
      String urgent =
          (String)
              await(driver, "return document.getElementById('intent-error').textContent", "why");
      assertTrue(urgent.contains("urgence"), urgent);
      assertEquals("true", attribute(driver, "intent-emergency", "aria-invalid"));
      assertEquals("NONE", api.get("api/admin/intents/" + id).json().getString("handover"));
      type(driver, "intent-emergency", "3114");
      click(driver, "#intent-save");
      await(
          driver,
          "return document.getElementById('staff-notices-status').textContent"
              + ".includes('Sujet enregistré')",
          "the saved notice");
      JsonObject urgentIntent = api.get("api/admin/intents/" + id).json();
      assertEquals("URGENT", urgentIntent.getString("handover"));
      assertEquals("3114", urgentIntent.getString("emergencyNumber"));
      assertEquals(
          "Food vouchers",
          urgentIntent.getJsonObject("texts").getJsonObject("en").getString("label"));

      click(driver, "#intent-retire");
      driver.switchTo().alert().accept();
      await(
          driver,
          "return document.getElementById('intent-tags').textContent.includes('Retiré')",
          "the retired tag");
      assertTrue(api.get("api/admin/intents/" + id).json().getBoolean("retired"));
    }
  }

  /** A visitor talks to a worker, who closes labelling both messages: two inbox examples. */
  private void labelTwoVisitorMessages(String first, String second) throws Exception {
    try (WorkerConsole desk = WorkerConsole.open(base, "Dana");
        KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
      kiosk.next("welcome");
      kiosk.send(
          "{\"type\":\"message\",\"seq\":2,\"text\":\"Parler à une personne\",\"payload\":\"person\"}");
      long conversation = kiosk.next("ack").getJsonNumber("conversation").longValue();
      desk.claim(conversation);
      long[] ids = new long[2];
      List<String> texts = List.of(first, second);
      for (int i = 0; i < 2; i++) {
        kiosk.send(
            Json.createObjectBuilder()
                .add("type", "message")
                .add("seq", 3 + i)
                .add("text", texts.get(i))
                .build()
                .toString());
        ids[i] =
            kiosk.await(f -> "ack".equals(f.getString("type"))).getJsonNumber("id").longValue();
      }
      desk.closeWithLabel(conversation, "laverie", ids);
    }
  }

  // ---- the browser ----------------------------------------------------------------------

  private void signIn(WebDriver driver, String page) {
    driver.get(base + page);
    await(driver, "return location.pathname === '/staff/sign-in.html'", "the sign-in page");
    type(driver, "login", "admin");
    type(driver, "password", StaffClient.ADMIN_PASSWORD);
    click(driver, "#sign-in-button");
    await(driver, "return location.pathname + location.search === '/" + page + "'", page);
    await(driver, "return !!document.querySelector('.staff-name')", "the header");
  }

  private static String gone(String text) {
    return "return !document.getElementById('examples').textContent.includes('" + text + "')";
  }

  private static WebElement row(WebDriver driver, String text) {
    return driver.findElements(By.cssSelector("#examples tr")).stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row with " + text));
  }

  private static void setDate(WebDriver driver, String date) {
    script(
        driver,
        "const d = document.getElementById('answer-verified'); d.value = arguments[0];"
            + " d.dispatchEvent(new Event('input'))",
        date);
  }

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static void click(WebDriver driver, String css) {
    driver.findElement(By.cssSelector(css)).click();
  }

  private static String value(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  private static String attribute(WebDriver driver, String id, String name) {
    return driver.findElement(By.id(id)).getAttribute(name);
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static Object script(WebDriver driver, String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  private static Object await(WebDriver driver, String javascript, String what) {
    return new WebDriverWait(driver, PATIENCE)
        .withMessage(() -> "waiting for " + what + " on " + driver.getCurrentUrl())
        .until(
            d -> {
              Object result = script(d, javascript);
              return Boolean.FALSE.equals(result) || "".equals(result) ? null : result;
            });
  }
}
