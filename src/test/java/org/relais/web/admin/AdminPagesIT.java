package org.relais.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.relais.testing.AdminPages;
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
      AdminPages page = new AdminPages(browser.driver(), base.toString());
      page.signIn("admin/knowledge.html");
      page.awaitScript("return document.querySelectorAll('[data-intent]').length > 50", "the list");
      page.type("search", "charger");
      page.awaitScript(
          "const n = document.querySelectorAll('[data-intent]').length; return n > 0 && n < 10",
          "a few matches");
      page.click("[data-intent='" + INTENT + "']");
      page.awaitScript("return document.getElementById('answer-text').value.length > 0", "answer");
      page.awaitScript(
          "return !!document.querySelector('#answer-preview .preview-bubble')", "preview");
      assertEquals("", page.accessibilityViolations(), "knowledge page, intent open");

      page.type(
          "answer-text",
          "Vous pouvez charger votre téléphone dans la grande salle du fond à côté des casiers.");
      String warning =
          (String)
              page.awaitScript(
                  "const w = document.querySelector('#answer-warnings [data-code=sentence_too_long]');"
                      + " return w && w.textContent",
                  "the too-long sentence warning");
      assertTrue(warning.contains("Ligne 1") && warning.contains("mots"), warning);

      page.setAnswerDate("2020-01-01");
      page.awaitScript("return !document.getElementById('stale-badge').hidden", "the stale badge");
      page.click("#verified-today");
      page.awaitScript("return document.getElementById('stale-badge').hidden", "no stale badge");

      String answer =
          "Vous pouvez charger votre téléphone ici.\nPrises : {{RECHARGE_POINTS}}.\n"
              + "Demandez le "
              + marker
              + ".";
      page.type("answer-text", answer);
      page.awaitScript(
          "return document.getElementById('answer-preview').textContent.includes('Prises : ')"
              + " && !document.getElementById('answer-preview').textContent.includes('{{')"
              + " && !document.querySelector('#answer-warnings [data-code=sentence_too_long]')",
          "the preview rendered with the center's details");

      // A refused save (a date in the future) says why and keeps the text typed.
      page.setAnswerDate("2099-01-01");
      page.click("#answer-save");
      String refusal =
          (String)
              page.awaitScript(
                  "return document.getElementById('answer-error').textContent || null",
                  "the refusal");
      assertTrue(refusal.contains("futur"), refusal);
      assertEquals(answer, page.value("answer-text"));
      assertEquals("true", page.attribute("answer-verified", "aria-invalid"));

      page.click("#verified-today");
      page.click("#answer-save");
      page.awaitScript(
          "return document.getElementById('staff-notices-status').textContent"
              + ".includes('Réponse enregistrée')",
          "the saved notice");
      assertEquals("", page.text("answer-error"));

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
      AdminPages page = new AdminPages(browser.driver(), base.toString());
      page.signIn("admin/training.html");
      page.awaitScript("return document.querySelectorAll('#examples tr').length > 0", "the inbox");
      String shown = page.exampleText(marker + " ou laver");
      assertTrue(shown.contains("<b>vite</b>"), "visitor text shown as typed: " + shown);
      assertTrue(shown.contains("<EMAIL>") && !shown.contains("a.b@exemple.fr"), shown);
      assertFalse(page.exampleContainsElement(marker + " ou laver", "b"), "never parsed as HTML");
      assertEquals("", page.accessibilityViolations(), "training page");

      // One with its own button, the other ticked and validated with the bulk action.
      page.validateExample(marker + " ou laver");
      page.awaitScript(gone(marker + " ou laver"), "the validated example leaving the inbox");
      page.tickExample(marker + " la laverie");
      assertEquals("1 exemple coché", page.text("selected-count"));
      page.click("#bulk-validate");
      page.awaitScript(gone(marker), "both examples leaving the inbox");

      page.click("[data-status=VALIDATED]");
      page.awaitScript(gone(marker).replace("return !", "return "), "the validated tab");
      assertTrue(page.text("examples").contains(marker + " ou laver"));

      page.go("admin/audit.html");
      page.awaitScript("return document.querySelectorAll('#entries tr').length > 0", "the journal");
      String journal = page.text("entries");
      assertTrue(journal.contains("Exemples validés"), journal);
      assertTrue(journal.contains("admin"), journal);
      assertEquals("", page.accessibilityViolations(), "journal page");
    }
  }

  @Test
  void admin_editsTheCenterWithAPreview_andCreatesThenRetiresAnIntent() throws Exception {
    StaffClient api = StaffClient.signedInAdmin(base);
    String saved = api.get("api/admin/center").json().getString("RECHARGE_POINTS");
    String detail = "IT_PAGE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String id = "it_page_" + UUID.randomUUID().toString().substring(0, 6);
    // A Spanish value, so that Spanish is offered though no answer using it is written in Spanish.
    api.put("api/admin/center/translations/es", "{\"RECHARGE_POINTS\":\"el enchufe azul\"}");
    try (Browser browser = Browser.launch()) {
      AdminPages page = new AdminPages(browser.driver(), base.toString());
      page.signIn("admin/knowledge.html?center");
      page.awaitScript("return !!document.getElementById('center-RECHARGE_POINTS')", "the details");
      page.awaitScript(
          "return !!document.getElementById('center-RECHARGE_POINTS-en')"
              + " && !document.getElementById('center-RECHARGE_POINTS-ar')",
          "an English field, none in Arabic (its answers use no detail)");
      page.type("center-RECHARGE_POINTS", "la prise bleue près de la porte");
      assertEquals(INTENT, page.value("center-preview-intent"), "an answer using it");
      awaitPreview(
          page,
          "Prises : la prise bleue près de la porte.",
          "the preview with the value being typed");
      assertEquals(saved, api.get("api/admin/center").json().getString("RECHARGE_POINTS"));

      // In English: the values the English answer will have once saved.
      String savedEnglish = page.value("center-RECHARGE_POINTS-en");
      page.select("center-preview-language", "en");
      awaitPreview(
          page,
          "Sockets: la prise bleue près de la porte.",
          "the new French value: saving it drops the English one, left as it was");
      page.type("center-RECHARGE_POINTS-en", "the blue socket by the door");
      awaitPreview(page, "Sockets: the blue socket by the door.", "the English value being typed");
      assertEquals("", page.accessibilityViolations(), "center details");
      page.type("center-RECHARGE_POINTS-en", savedEnglish);

      // In Spanish, which has a value but no answer: the French answer, as the kiosk shows it.
      page.select("center-preview-language", "es");
      awaitPreview(
          page,
          "Pas de réponse écrite en espagnol : le visiteur lit celle en français.",
          "why French is shown");
      awaitPreview(
          page, "Prises : la prise bleue près de la porte.", "the French answer, French value");

      page.type("center-RECHARGE_POINTS", saved);
      page.type("center-new-name", "bad name");
      page.click(".center-new button");
      assertEquals("true", page.attribute("center-new-name", "aria-invalid"));
      page.type("center-new-name", detail);
      page.click(".center-new button");
      page.type("center-" + detail, "le mardi");
      page.click("#center-save");
      page.awaitScript(
          "return document.getElementById('staff-notices-status').textContent"
              + ".includes('Informations du centre enregistrées')",
          "the saved notice");
      JsonObject center = api.get("api/admin/center").json();
      assertEquals("le mardi", center.getString(detail));
      assertEquals(saved, center.getString("RECHARGE_POINTS"), "only what changed is saved");

      // Its English value, then a new French value, which takes the English one away.
      page.type("center-" + detail + "-en", "on Tuesday");
      // Saving renders a new form: the mark on this one tells when the save is over on the page.
      page.script("document.getElementById('center-form').dataset.before = 'save'");
      page.click("#center-save");
      page.awaitScript(
          "return !document.getElementById('center-form')?.dataset.before", "the saved form");
      Http.awaitResponse(
          URI.create(base + "api/center?language=en"),
          r -> r.body().contains("\"" + detail + "\":\"on Tuesday\""),
          Duration.ofSeconds(10));
      page.awaitScript(
          "return document.getElementById('center-" + detail + "-en').value === 'on Tuesday'",
          "the English value, saved");
      // Spaces around a value are not a change: nothing to save, the English value stays.
      page.type("center-" + detail, "  le mardi ");
      page.click("#center-save");
      page.awaitScript(
          "return document.querySelector('#center-form .form-error').textContent"
              + ".includes('Rien à enregistrer')",
          "nothing to save");
      assertEquals("on Tuesday", page.value("center-" + detail + "-en"));
      page.type("center-" + detail, "le jeudi");
      page.click("#center-save");
      page.awaitScript(
          "return document.querySelector('#center-form [role=status]').textContent"
              + ".includes('Traductions retirées (valeur en français changée) : "
              + detail
              + "')",
          "the dropped translation, said");
      assertEquals("", page.value("center-" + detail + "-en"));
      assertFalse(
          api.get("api/admin/center/translations").body().contains(detail),
          "the English value of the old French value is gone");
      // A value saved with a no-break space after it (pasted: Java's strip keeps it, JavaScript's
      // trim does not) is no change either once the page shows it.
      api.put("api/admin/center", "{\"" + detail + "\":\"le jeudi\u00a0\"}");
      page.go("admin/knowledge.html?center");
      page.awaitScript(
          "return document.getElementById('center-" + detail + "')?.value === 'le jeudi\u00a0'",
          "the value with its no-break space");
      page.click("#center-save");
      page.awaitScript(
          "return document.querySelector('#center-form .form-error').textContent"
              + ".includes('Rien à enregistrer')",
          "nothing to save");

      page.click("#new-intent");
      page.type("new-id", "Pas Bon");
      page.type("new-label-fr", "Bons alimentaires");
      page.click("#new-intent-form button[type=submit]");
      String refusal =
          (String)
              page.awaitScript(
                  "return document.getElementById('new-intent-error').textContent || null", "why");
      assertTrue(refusal.contains("Identifiant"), refusal);
      page.type("new-id", id);
      page.click("#new-intent-form button[type=submit]");
      page.awaitScript(
          "return document.getElementById('editor-title').textContent.includes('" + id + "')",
          "the new intent open");
      assertEquals("", page.accessibilityViolations(), "new intent open");

      // Urgent without a free number is refused, the field named; with one it is saved.
      page.select("intent-handover", "URGENT");
      page.type("label-en", "Food vouchers");
      page.click("#intent-save");
      String urgent =
          (String)
              page.awaitScript(
                  "return document.getElementById('intent-error').textContent || null", "why");
      assertTrue(urgent.contains("urgence"), urgent);
      assertEquals("true", page.attribute("intent-emergency", "aria-invalid"));
      assertEquals("NONE", api.get("api/admin/intents/" + id).json().getString("handover"));
      page.type("intent-emergency", "3114");
      page.click("#intent-save");
      page.awaitScript(
          "return document.getElementById('staff-notices-status').textContent"
              + ".includes('Sujet enregistré')",
          "the saved notice");
      JsonObject urgentIntent = api.get("api/admin/intents/" + id).json();
      assertEquals("URGENT", urgentIntent.getString("handover"));
      assertEquals("3114", urgentIntent.getString("emergencyNumber"));
      assertEquals(
          "Food vouchers",
          urgentIntent.getJsonObject("texts").getJsonObject("en").getString("label"));

      page.click("#intent-retire");
      page.acceptConfirm();
      page.awaitScript(
          "return document.getElementById('intent-tags').textContent.includes('Retiré')",
          "the retired tag");
      assertTrue(api.get("api/admin/intents/" + id).json().getBoolean("retired"));
    } finally {
      api.put("api/admin/center/translations/es", "{\"RECHARGE_POINTS\":\"\"}");
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

  /** Waits until the center page's preview shows this text. */
  private static void awaitPreview(AdminPages page, String text, String why) {
    page.awaitScript(
        "return document.getElementById('center-preview').textContent.includes('" + text + "')",
        why);
  }

  private static String gone(String text) {
    return "return !document.getElementById('examples').textContent.includes('" + text + "')";
  }
}
