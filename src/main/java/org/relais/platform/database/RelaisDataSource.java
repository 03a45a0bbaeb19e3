package org.relais.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, configured from MicroProfile Config ({@code DB_URL}, {@code
 * DB_USER}, {@code DB_PASSWORD}; the launcher sets them for the embedded database). Connections are
 * validated so that a database restart heals by itself, but at most once every 10 s each:
 * validating at every borrow cost three extra round trips per chat turn (a turn borrows a
 * connection for each read before its transaction). After a restart, the first failure drops the
 * whole pool. Prepared statements are cached per connection (a turn runs the same five statements;
 * without the cache the driver parses each one again at every turn). The cache type must be named:
 * without it Payara 6 reads it as "null" and refuses to create the cache (Payara issue 6647).
 */
@DataSourceDefinition(
    name = RelaisDataSource.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    initialPoolSize = 2,
    maxPoolSize = 40,
    loginTimeout = 5,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.validate-atmost-once-period-in-seconds=10",
      "fish.payara.statement-cache-size=64",
      "fish.payara.statement-cache-type=FIXED",
    })
@ApplicationScoped
public class RelaisDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/relais";
}
