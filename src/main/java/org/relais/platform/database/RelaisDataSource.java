package org.relais.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, configured from MicroProfile Config ({@code DB_URL}, {@code
 * DB_USER}, {@code DB_PASSWORD}; the launcher sets them for the embedded database). Connections are
 * validated so that a database restart heals by itself, but at most once every 10 s each:
 * validating at every borrow cost three extra round trips per chat turn (a turn borrows a
 * connection for each read before its transaction). After a restart, the first failure drops the
 * whole pool.
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
    })
@ApplicationScoped
public class RelaisDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/relais";
}
