package org.relais.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** Whether the schema is migrated and usable, and if not, why; read by the readiness check. */
@ApplicationScoped
public class DatabaseStatus {
  private volatile boolean migrated;
  private volatile String schemaVersion = "";
  private volatile String problem = "not connected yet";

  void markMigrated(String version) {
    schemaVersion = version;
    problem = null;
    migrated = true;
  }

  void markUnavailable(String reason) {
    problem = reason;
  }

  public boolean isMigrated() {
    return migrated;
  }

  public String schemaVersion() {
    return schemaVersion;
  }

  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  @Gauge(
      name = "relais_database_migrated",
      absolute = true,
      unit = "none",
      description = "1 once the schema is migrated and the application can use the database.")
  public long migratedGauge() {
    return migrated ? 1 : 0;
  }
}
