package org.relais.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.Setting;

/**
 * Applies the versioned migrations (Flyway, {@code db/migration}) at start-up, and keeps trying
 * with back-off while the database cannot be reached, so that the server starts anyway and {@code
 * /health/ready} tells why it is not ready. One log line per attempt, no stack trace.
 *
 * <p>Flyway gets its own unpooled connection: the container pool is XA, and Flyway's DDL outside a
 * transaction does not mix with it.
 */
@ApplicationScoped
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());
  private static final String EMBEDDED_STATUS = "org.relais.embedded-db.status";
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration LAST_RETRY = Duration.ofSeconds(30);
  private static final Duration EMBEDDED_POLL = Duration.ofMillis(200);

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private RelaisConfiguration configuration;
  @Inject private DatabaseStatus status;
  @Inject private Event<DatabaseReady> databaseReady;

  private int failedAttempts;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    configuration.validateAll();
    scheduler.schedule(this::attempt, 0, TimeUnit.MILLISECONDS);
  }

  private void attempt() {
    String embedded = System.getProperty(EMBEDDED_STATUS);
    if ("starting".equals(embedded)) {
      status.markUnavailable("the embedded database is starting");
      scheduleNext(EMBEDDED_POLL);
      return;
    }
    String url = configuration.get(Setting.DB_URL);
    if (url.isEmpty()) {
      status.markUnavailable("no database configured: set DB_URL, or start Relais with relais.jar");
      LOG.severe("No database configured: set DB_URL (and DB_USER, DB_PASSWORD).");
      return;
    }
    try {
      String version = migrate(url);
      DatabaseGate.open();
      // Start-up work (seeding, the first admin) runs before readiness says yes.
      databaseReady.fire(new DatabaseReady(version));
      status.markMigrated(version);
      LOG.info("Database ready at " + JdbcUrls.withoutSecrets(url) + ", schema version " + version);
    } catch (RuntimeException | java.sql.SQLException e) {
      failedAttempts++;
      Duration wait = backOff(failedAttempts);
      String reason = JdbcUrls.withoutSecrets(url) + ": " + DatabaseProblems.describe(e);
      status.markUnavailable(reason);
      LOG.warning(
          "Database not available at "
              + reason
              + " (attempt "
              + failedAttempts
              + ", retrying in "
              + wait.toSeconds()
              + " s)");
      scheduleNext(wait);
    }
  }

  private String migrate(String url) throws java.sql.SQLException {
    MariaDbDataSource dataSource = new MariaDbDataSource(url);
    dataSource.setUser(configuration.get(Setting.DB_USER));
    dataSource.setPassword(configuration.get(Setting.DB_PASSWORD));
    dataSource.setLoginTimeout(5);
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .connectRetries(0)
            .load();
    flyway.migrate();
    return flyway.info().current().getVersion().getVersion();
  }

  private void scheduleNext(Duration wait) {
    scheduler.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  static Duration backOff(int failedAttempts) {
    long seconds = FIRST_RETRY.toSeconds() << Math.min(failedAttempts - 1, 10);
    return Duration.ofSeconds(Math.min(seconds, LAST_RETRY.toSeconds()));
  }
}
