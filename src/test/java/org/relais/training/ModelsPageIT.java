package org.relais.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relais.testing.AccessibilityAudit;
import org.relais.testing.Browser;
import org.relais.testing.Deployments;
import org.relais.testing.Http;
import org.relais.testing.KioskClient;
import org.relais.testing.StaffClient;
import org.relais.testing.TestDatabase;
import org.relais.testing.WorkerConsole;

/** An admin takes a labelled visitor sentence into a new model from the models page. */
@ExtendWith(ArquillianExtension.class)
class ModelsPageIT {
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
  void anAdmin_validatesAnInboxExample_retrains_readsTheReportAndPicture_andPromotes()
      throws Exception {
    String sentence = "ya une machine pour laver mon linge " + marker();
    long inboxExample = labelledByAWorker(sentence, "laverie");
    StaffClient admin = StaffClient.signedInAdmin(base);
    // Validation happens on admin/training.html (another page); here through its API.
    assertEquals(
        200,
        admin
            .post("api/admin/training/examples/validate", "{\"ids\":[" + inboxExample + "]}")
            .status());

    try (Browser browser = Browser.launch()) {
      WebDriver driver = browser.driver();
      signIn(driver);
      // The versions table is drawn again after each change: a row found may be replaced before
      // its text is read, which only means "look again".
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
      wait.ignoring(StaleElementReferenceException.class);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("data-counts"), "validés"));
      assertEquals("", AccessibilityAudit.violations(driver));

      driver.findElement(By.id("build")).click();
      WebDriverWait build = new WebDriverWait(driver, Duration.ofMinutes(8));
      build.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("build-phase"), "terminé"));
      String version =
          driver.findElement(By.id("build-phase")).getText().replaceAll("\\D*(\\d+).*", "$1");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("report-title"), "version " + version));
      assertTrue(driver.findElement(By.id("figures")).getText().contains("F1 moyen par sujet"));
      assertTrue(driver.findElement(By.id("per-intent")).getText().contains("laverie"));
      WebElement picture = driver.findElement(By.id("heat-map"));
      wait.until(d -> imageLoaded(d, picture));

      driver
          .findElement(
              By.cssSelector(
                  "tr[data-version='" + version + "'] button[aria-label^='Mettre en service']"))
          .click();
      WebElement refusal = driver.findElement(By.id("promote-refused"));
      wait.until(d -> refusal.isDisplayed() || statusOf(d, version).contains("En service"));
      if (refusal.isDisplayed()) {
        // The gate compared it with the model in service and found it worse: say why.
        driver.findElement(By.id("override-reason")).sendKeys("nouvelle phrase de la laverie");
        driver.findElement(By.id("promote-anyway")).click();
      }
      wait.until(d -> statusOf(d, version).contains("En service"));
      assertEquals("", AccessibilityAudit.violations(driver));
    }
    JsonObject models = admin.get("api/admin/models").json();
    assertEquals(
        Long.parseLong(version(models)), models.getJsonNumber("activeVersion").longValue());
    assertEquals("IN_MODEL", TrainingRows.exampleStatus(inboxExample));
  }

  private static String version(JsonObject models) {
    return String.valueOf(
        models.getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue());
  }

  private static String statusOf(WebDriver driver, String version) {
    return driver
        .findElement(By.cssSelector("tr[data-version='" + version + "'] td.status"))
        .getText();
  }

  private static boolean imageLoaded(WebDriver driver, WebElement image) {
    Object width =
        ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", image);
    return ((Number) width).intValue() > 100;
  }

  private void signIn(WebDriver driver) {
    driver.get(base + "staff/sign-in.html?next=%2Fadmin%2Fmodels.html");
    driver.findElement(By.id("login")).sendKeys("admin");
    driver.findElement(By.id("password")).sendKeys(StaffClient.ADMIN_PASSWORD);
    driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/admin/models.html"));
  }

  /** A visitor's sentence that a worker labels when closing: it enters the training inbox. */
  private long labelledByAWorker(String sentence, String intent) throws Exception {
    try (WorkerConsole worker = WorkerConsole.open(base, "Sophie");
        KioskClient kiosk = KioskClient.connect(base)) {
      kiosk.send("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}");
      kiosk.next("welcome");
      kiosk.send(
          "{\"type\":\"message\",\"seq\":2,\"text\":\"Parler à une personne\",\"payload\":\"person\"}");
      long conversation = kiosk.next("ack").getJsonNumber("conversation").longValue();
      kiosk.await(f -> "status".equals(f.getString("type")));
      worker.claim(conversation);
      kiosk.send("{\"type\":\"message\",\"seq\":3,\"text\":\"" + sentence + "\"}");
      long message =
          kiosk.await(f -> "ack".equals(f.getString("type"))).getJsonNumber("id").longValue();
      worker.closeWithLabel(conversation, intent, message);
    }
    try (Connection db = TestDatabase.connect();
        ResultSet row =
            db.createStatement()
                .executeQuery(
                    "select id, status from training_example where text = '" + sentence + "'")) {
      assertTrue(row.next(), "the labelled sentence is in the inbox");
      assertEquals("INBOX", row.getString(2));
      return row.getLong(1);
    }
  }

  private static String marker() {
    return "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
  }
}
