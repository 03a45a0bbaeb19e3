package org.relais.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.relais.knowledge.CenterDetail;
import org.relais.knowledge.CenterDetailRepository;
import org.relais.platform.database.DatabaseStatus;
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
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!databaseStatus.isMigrated() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(databaseStatus.isMigrated(), "the database is ready");
    String name = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    centerDetails.put(name, "lundi 9h");
    centerDetails.put(name, "mardi 10h");
    CenterDetail read = centerDetails.find(name).orElseThrow();
    assertEquals("mardi 10h", read.value());
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

  private void awaitReady() throws InterruptedException {
    Http.awaitResponse(
        URI.create(base + "health/ready"), r -> r.statusCode() == 200, Duration.ofSeconds(60));
  }
}
