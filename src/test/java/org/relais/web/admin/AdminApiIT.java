package org.relais.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.StaffClient;

/**
 * The admin API (/api/admin): admins only, bad input refused with the field at fault and nothing
 * half-saved, every change in the audit log. Each test works on its own intent or center detail so
 * that the knowledge other tests rely on stays as shipped.
 */
@ExtendWith(ArquillianExtension.class)
class AdminApiIT {
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

  /** A new intent of this test's own, with a French label. */
  private static String newIntent(StaffClient admin) throws Exception {
    String id = unique("it_");
    StaffClient.Response created =
        admin.post(
            "api/admin/intents",
            "{\"id\":\"" + id + "\",\"section\":\"centre\",\"labels\":{\"fr\":\"Essai\"}}");
    assertEquals(201, created.status(), created.body());
    return id;
  }

  private static final List<String> GETS =
      List.of(
          "api/admin/intents",
          "api/admin/intents/laverie",
          "api/admin/center",
          "api/admin/center/translations",
          "api/admin/audit",
          "api/admin/training/examples");
  private static final List<String> POSTS =
      List.of(
          "api/admin/intents",
          "api/admin/intents/laverie/retire",
          "api/admin/intents/laverie/restore",
          "api/admin/answers/preview",
          "api/admin/training/examples",
          "api/admin/training/examples/validate",
          "api/admin/training/examples/reject",
          "api/admin/training/examples/relabel");
  private static final List<String> PUTS =
      List.of(
          "api/admin/intents/laverie",
          "api/admin/intents/laverie/answers/fr",
          "api/admin/center",
          "api/admin/center/translations/en");

  @Test
  void everyAdminPath_refusesAnonymousCallers_andWorkers() throws Exception {
    StaffClient anonymous = new StaffClient(base);
    StaffClient worker =
        StaffClient.newWorker(StaffClient.signedInAdmin(base), unique("w"), "Wendy");
    for (StaffClient caller : List.of(anonymous, worker)) {
      int expected = caller == anonymous ? 401 : 403;
      for (String path : GETS) {
        assertEquals(expected, caller.get(path).status(), "GET " + path);
      }
      for (String path : POSTS) {
        assertEquals(expected, caller.post(path, "{}").status(), "POST " + path);
      }
      for (String path : PUTS) {
        assertEquals(expected, caller.put(path, "{\"answer\":\"x\"}").status(), "PUT " + path);
      }
    }
    for (String page : List.of("knowledge.html", "training.html", "audit.html")) {
      StaffClient.Response signIn = anonymous.get("admin/" + page);
      assertEquals(302, signIn.status(), page);
      assertTrue(signIn.location().contains("/staff/sign-in.html"), signIn.location());
      assertEquals(403, worker.get("admin/" + page).status(), page);
    }
  }

  @Test
  void badInput_isRefusedNamingTheField_andTheSavedAnswerStays() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String id = newIntent(admin);
    String answers = "api/admin/intents/" + id + "/answers/";
    assertEquals(200, admin.put(answers + "fr", "{\"answer\":\"Réponse acceptée.\"}").status());

    assertRefused(admin.post("api/admin/intents", "{\"id\":\"Bad Id\"}"), 400, "id");
    assertEquals(409, admin.post("api/admin/intents", "{\"id\":\"" + id + "\"}").status());
    assertRefused(
        admin.post(
            "api/admin/intents", "{\"id\":\"" + unique("x") + "\",\"labels\":{\"fr\":\"\"}}"),
        400,
        "labels");
    assertRefused(admin.put(answers + "fr", "{\"answer\":\"  \"}"), 400, "answer");
    assertRefused(
        admin.put(answers + "fr", "{\"answer\":\"" + "a".repeat(2001) + "\"}"), 400, "answer");
    assertRefused(admin.put(answers + "xx", "{\"answer\":\"Bonjour.\"}"), 400, "language");
    assertRefused(
        admin.put(
            answers + "fr",
            "{\"answer\":\"Nouveau texte.\",\"lastVerified\":\""
                + LocalDate.now().plusDays(10)
                + "\"}"),
        400,
        "lastVerified");
    String intent = "api/admin/intents/" + id;
    assertRefused(admin.put(intent, "{\"handover\":\"SOMETIMES\"}"), 400, "handover");
    assertRefused(admin.put(intent, "{\"emergencyNumber\":\"abc\"}"), 400, "emergencyNumber");
    assertRefused(admin.put(intent, "{\"handover\":\"URGENT\"}"), 400, "emergencyNumber");
    assertRefused(
        admin.put(intent, "{\"quickReplies\":[\"no_such_intent\"]}"), 400, "quickReplies");
    assertRefused(admin.put(intent, "{\"escalateOn\":\"maybe\"}"), 400, "escalateOn");
    assertEquals(404, admin.get("api/admin/intents/no_such_intent").status());
    assertEquals(404, admin.post("api/admin/intents/no_such_intent/retire", "").status());
    assertRefused(admin.put("api/admin/center", "{}"), 400, "details");
    assertRefused(admin.put("api/admin/center", "{\"bad name\":\"x\"}"), 400, "bad name");
    assertRefused(
        admin.post("api/admin/answers/preview", "{\"answer\":\"" + "a".repeat(2001) + "\"}"),
        400,
        "answer");
    assertRefused(admin.get("api/admin/audit?limit=0"), 400, "limit");
    assertRefused(admin.get("api/admin/audit?before=abc"), 400, "before");
    String examples = "api/admin/training/examples";
    assertRefused(admin.get(examples + "?status=BOGUS"), 400, "status");
    assertRefused(admin.get(examples + "?source=BOGUS"), 400, "source");
    assertRefused(admin.get(examples + "?offset=-1"), 400, "offset");
    assertRefused(admin.get(examples + "?limit=many"), 400, "limit");
    assertRefused(admin.post(examples + "/validate", "{\"ids\":[]}"), 400, "ids");
    assertRefused(admin.post(examples + "/reject", "{}"), 400, "ids");
    assertRefused(
        admin.post(examples + "/relabel", "{\"ids\":[1],\"intent\":\"no_such_intent\"}"),
        400,
        "intent");
    assertRefused(admin.post(examples, "{\"text\":\"\",\"intent\":\"laverie\"}"), 400, "text");

    JsonObject kept = admin.get(intent).json();
    assertEquals(
        "Réponse acceptée.", kept.getJsonObject("texts").getJsonObject("fr").getString("answer"));
    assertEquals("NONE", kept.getString("handover"), "the refused URGENT was not half-applied");
    assertFalse(kept.containsKey("emergencyNumber"), kept.toString());
  }

  private static void assertRefused(StaffClient.Response response, int status, String field) {
    assertEquals(status, response.status(), response.body());
    assertEquals(field, response.json().getString("field"), response.body());
    assertFalse(response.json().getString("error").isBlank(), response.body());
  }

  @Test
  void answer_isSavedWithItsWarnings_andEveryChangeIsInTheAuditLog() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String id = newIntent(admin);
    String tooLong =
        "Vous pouvez venir ici tous les jours de la semaine avec vos amis et votre chien.";
    JsonObject saved =
        admin
            .put(
                "api/admin/intents/" + id + "/answers/fr",
                "{\"answer\":\""
                    + tooLong
                    + "\",\"sources\":[\"Centre\"],\"lastVerified\":\""
                    + LocalDate.now()
                    + "\"}")
            .json();
    assertTrue(
        codes(saved.getJsonArray("warnings")).contains("sentence_too_long"), saved.toString());
    assertFalse(codes(saved.getJsonArray("warnings")).contains("not_verified"), saved.toString());

    JsonObject intent = admin.get("api/admin/intents/" + id).json();
    JsonObject fr = intent.getJsonObject("texts").getJsonObject("fr");
    assertEquals(tooLong, fr.getString("answer"));
    assertEquals("Centre", fr.getJsonArray("sources").getString(0));
    assertTrue(
        codes(intent.getJsonObject("warnings").getJsonArray("fr")).contains("sentence_too_long"));

    String old = "{\"answer\":\"Court.\",\"lastVerified\":\"2020-01-01\"}";
    JsonObject stale =
        admin.put("api/admin/intents/" + id + "/answers/en", old.replace("Court", "Short")).json();
    assertTrue(codes(stale.getJsonArray("warnings")).contains("not_verified"), stale.toString());

    assertEquals(204, admin.post("api/admin/intents/" + id + "/retire", "").status());
    assertTrue(admin.get("api/admin/intents/" + id).json().getBoolean("retired"));
    assertEquals(204, admin.post("api/admin/intents/" + id + "/restore", "").status());
    assertFalse(admin.get("api/admin/intents/" + id).json().getBoolean("retired"));

    List<String> logged =
        admin.get("api/admin/audit?limit=10").parse().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("target", "").startsWith(id))
            .map(e -> e.getString("actor") + " " + e.getString("action"))
            .toList();
    assertEquals(
        List.of(
            "admin intent.restore",
            "admin intent.retire",
            "admin answer.change",
            "admin answer.change",
            "admin intent.create"),
        logged);
  }

  private static List<String> codes(JsonArray warnings) {
    return warnings.stream().map(w -> ((JsonObject) w).getString("code")).toList();
  }

  @Test
  void preview_rendersWithUnsavedCenterDetails_withoutSavingThem() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String detail = unique("IT_DETAIL_").toUpperCase().replace('-', '_');
    assertEquals(200, admin.put("api/admin/center", "{\"" + detail + "\":\"lundi\"}").status());

    JsonObject preview =
        admin
            .post(
                "api/admin/answers/preview",
                "{\"answer\":\"Ouvert : {{"
                    + detail
                    + "}}.\\nFermé : {{NO_SUCH_DETAIL}}.\",\"centerDetails\":{\""
                    + detail
                    + "\":\"mardi\"}}")
            .json();
    assertEquals("[\"Ouvert : mardi.\"]", preview.getJsonArray("lines").toString());
    assertEquals("lundi", admin.get("api/admin/center").json().getString(detail), "not saved");
  }

  /**
   * A detail's English value reaches English answers (bot, preview, public API); a changed French
   * value takes it away, so that no answer shows an English value written for the old one.
   */
  @Test
  void detailTranslations_reachEnglishAnswers_andGoWhenTheFrenchValueChanges() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String detail = unique("IT_HOURS_").toUpperCase().replace('-', '_');
    String id = newIntent(admin);
    StaffClient.Response answer =
        admin.put(
            "api/admin/intents/" + id + "/answers/en",
            "{\"answer\":\"Open: {{"
                + detail
                + "}}.\",\"sources\":[\"Centre\"],\"lastVerified\":\""
                + LocalDate.now()
                + "\"}");
    assertEquals(200, answer.status(), answer.body());
    assertEquals(
        200, admin.put("api/admin/center", "{\"" + detail + "\":\"samedi 10h\"}").status());
    String translations = "api/admin/center/translations";
    StaffClient.Response translated =
        admin.put(translations + "/en", "{\"" + detail + "\":\" Saturday 10 am \"}");
    assertEquals(200, translated.status(), translated.body());
    assertEquals("Saturday 10 am", translated.json().getString(detail));
    assertEquals(
        "Saturday 10 am", admin.get(translations).json().getJsonObject("en").getString(detail));
    assertEquals("Open: Saturday 10 am.", botAnswersInEnglish(id));
    assertEquals("Saturday 10 am", publicDetail("?language=en", detail));
    assertEquals("samedi 10h", publicDetail("", detail));
    assertEquals(
        "[\"Open: Saturday 10 am.\"]",
        admin
            .post(
                "api/admin/answers/preview",
                "{\"answer\":\"Open: {{" + detail + "}}.\",\"language\":\"en\"}")
            .json()
            .getJsonArray("lines")
            .toString());

    // Refused, and the saved translation stays.
    assertRefused(admin.put(translations + "/fr", "{\"" + detail + "\":\"x\"}"), 400, "language");
    assertRefused(admin.put(translations + "/xx", "{\"" + detail + "\":\"x\"}"), 400, "language");
    assertRefused(
        admin.put(translations + "/en", "{\"NO_SUCH_DETAIL_X\":\"x\"}"), 404, "NO_SUCH_DETAIL_X");
    assertRefused(
        admin.put(translations + "/en", "{\"" + detail + "\":\"y\",\"NO_SUCH_DETAIL_X\":\"x\"}"),
        404,
        "NO_SUCH_DETAIL_X");
    assertRefused(
        admin.put(translations + "/en", "{\"" + detail + "\":\"" + "x".repeat(2001) + "\"}"),
        400,
        detail);
    assertRefused(admin.put(translations + "/en", "{}"), 400, "details");
    assertEquals(400, Http.get(URI.create(base + "api/center?language=zz")).statusCode());
    assertEquals("Open: Saturday 10 am.", botAnswersInEnglish(id));

    // The same French value keeps it; a new one takes it away.
    assertEquals(
        200, admin.put("api/admin/center", "{\"" + detail + "\":\"samedi 10h\"}").status());
    assertEquals("Open: Saturday 10 am.", botAnswersInEnglish(id));
    assertEquals(200, admin.put("api/admin/center", "{\"" + detail + "\":\"samedi 9h\"}").status());
    JsonObject english = admin.get(translations).json().getJsonObject("en");
    assertTrue(english == null || !english.containsKey(detail), String.valueOf(english));
    assertEquals("Open: samedi 9h.", botAnswersInEnglish(id));

    // A blank value removes a translation.
    admin.put(translations + "/en", "{\"" + detail + "\":\"Saturday 9 am\"}");
    assertEquals("Open: Saturday 9 am.", botAnswersInEnglish(id));
    assertEquals(200, admin.put(translations + "/en", "{\"" + detail + "\":\" \"}").status());
    assertEquals("Open: samedi 9h.", botAnswersInEnglish(id));
    assertTrue(
        admin.get("api/admin/audit?limit=20").body().contains("center.translate"),
        "translations are in the audit log");
  }

  /** What the bot answers a new English kiosk that presses the intent's button. */
  private String botAnswersInEnglish(String intent) throws Exception {
    try (KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"en\"}");
      kiosk.next("welcome");
      kiosk.send(
          "{\"type\":\"message\",\"seq\":2,\"text\":\"Hours\",\"payload\":\"intent:"
              + intent
              + "\"}");
      return kiosk
          .await(f -> "message".equals(f.getString("type")) && "BOT".equals(f.getString("author")))
          .getString("text");
    }
  }

  private String publicDetail(String query, String detail) throws Exception {
    java.net.http.HttpResponse<String> center = Http.get(URI.create(base + "api/center" + query));
    assertEquals(200, center.statusCode(), center.body());
    return jakarta.json.Json.createReader(new java.io.StringReader(center.body()))
        .readObject()
        .getJsonObject("details")
        .getString(detail);
  }

  @Test
  void audit_isPagedNewestFirst_withoutRepeatingOrSkipping() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String detail = unique("IT_AUDIT_").toUpperCase();
    for (int i = 1; i <= 5; i++) {
      assertEquals(
          200, admin.put("api/admin/center", "{\"" + detail + "\":\"" + i + "\"}").status());
    }
    List<JsonObject> seen = new java.util.ArrayList<>();
    String before = "";
    for (int page = 0; page < 3; page++) {
      JsonArray entries = admin.get("api/admin/audit?limit=2" + before).parse().asJsonArray();
      assertEquals(2, entries.size(), "page " + page);
      entries.forEach(e -> seen.add((JsonObject) e));
      before = "&before=" + seen.get(seen.size() - 1).getJsonNumber("id").longValue();
    }
    List<Long> ids = seen.stream().map(e -> e.getJsonNumber("id").longValue()).toList();
    assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).distinct().toList(), ids);
    assertEquals(
        List.of(5, 4, 3, 2, 1).stream().map(i -> "{" + detail + "=" + i + "}").toList(),
        seen.stream()
            .map(e -> e.getString("details", ""))
            .filter(d -> d.contains(detail))
            .toList());
    assertTrue(seen.stream().allMatch(e -> e.getString("actor").equals("admin")), ids.toString());
  }

  @Test
  void trainingExamples_areFilteredByLanguageAndSource_andReviewedInBulk() throws Exception {
    StaffClient admin = StaffClient.signedInAdmin(base);
    String marker = unique("zq");
    long english = addExample(admin, marker + " where can I wash my clothes", "en");
    long french = addExample(admin, marker + " je peux laver mon linge, mon tel 0612345678", "fr");

    JsonArray englishOnly = examples(admin, "?language=en&source=ADMIN&limit=500", marker);
    assertEquals(List.of(english), idsOf(englishOnly));
    assertEquals(List.of(), idsOf(examples(admin, "?source=HELPDESK&limit=500", marker)));
    JsonArray frenchOne = examples(admin, "?language=fr&status=VALIDATED&limit=500", marker);
    assertEquals(List.of(french), idsOf(frenchOne));
    assertFalse(frenchOne.toString().contains("0612345678"), "redacted: " + frenchOne);

    String both = "{\"ids\":[" + english + "," + french + "]";
    JsonObject relabelled =
        admin.post("api/admin/training/examples/relabel", both + ",\"intent\":\"oos\"}").json();
    assertEquals(2, relabelled.getInt("changed"));
    assertEquals(
        2, admin.post("api/admin/training/examples/reject", both + "}").json().getInt("changed"));
    JsonArray rejected = examples(admin, "?status=REJECTED&intent=oos&limit=500", marker);
    assertEquals(List.of(french, english), idsOf(rejected));

    List<String> actions =
        admin.get("api/admin/audit?limit=4").parse().asJsonArray().stream()
            .map(e -> ((JsonObject) e).getString("action"))
            .toList();
    assertEquals(
        List.of("training.reject", "training.relabel:oos", "training.add", "training.add"),
        actions);
  }

  private static long addExample(StaffClient admin, String text, String language) throws Exception {
    StaffClient.Response added =
        admin.post(
            "api/admin/training/examples",
            "{\"text\":\"" + text + "\",\"intent\":\"laverie\",\"language\":\"" + language + "\"}");
    assertEquals(200, added.status(), added.body());
    return added.json().getJsonNumber("id").longValue();
  }

  private static JsonArray examples(StaffClient admin, String query, String marker)
      throws Exception {
    StaffClient.Response page = admin.get("api/admin/training/examples" + query);
    assertEquals(200, page.status(), page.body());
    return page.json().getJsonArray("examples").stream()
        .filter(e -> ((JsonObject) e).getString("text").startsWith(marker))
        .collect(jakarta.json.Json::createArrayBuilder, (b, v) -> b.add(v), (a, b) -> {})
        .build();
  }

  private static List<Long> idsOf(JsonArray examples) {
    return examples.stream().map(e -> ((JsonObject) e).getJsonNumber("id").longValue()).toList();
  }
}
