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
 *
 * <p>A second, small pool outside transactions serves only the blocks of message ids ({@code SELECT
 * NEXTVAL(message_ids)}, persistence.xml). EclipseLink takes a block while holding the sequence's
 * lock; from the main pool, a turn whose conversation came from the cache (so holding no connection
 * yet) waited there for a connection while every connection belonged to a turn waiting for that
 * lock: all chat stopped until the pool's 60 s timeout (a load run, 2026-11-24). A sequence is not
 * transactional anyway: a block taken is used up even if the turn rolls back.
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
@DataSourceDefinition(
    name = RelaisDataSource.ID_BLOCKS_JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    transactional = false,
    minPoolSize = 1,
    initialPoolSize = 1,
    maxPoolSize = 2,
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
  public static final String ID_BLOCKS_JNDI_NAME = "java:app/jdbc/relais-id-blocks";
}
