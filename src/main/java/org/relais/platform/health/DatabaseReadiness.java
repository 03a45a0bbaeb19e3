package org.relais.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.relais.platform.database.DatabaseStatus;
import org.relais.platform.database.RelaisDataSource;

/** Ready when the schema is migrated and the pool hands out a working connection. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Inject private DatabaseStatus status;

  @Resource(lookup = RelaisDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    if (!status.isMigrated()) {
      return response.down().withData("reason", status.problem().orElse("not migrated")).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2)
          ? response.up().withData("schemaVersion", status.schemaVersion()).build()
          : response.down().withData("reason", "the connection did not answer").build();
    } catch (SQLException e) {
      return response.down().withData("reason", String.valueOf(e.getMessage())).build();
    }
  }
}
