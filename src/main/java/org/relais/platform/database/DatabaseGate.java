package org.relais.platform.database;

/**
 * Opens once the migrator has reached the database and migrated the schema. Until then the
 * persistence unit hands out entity managers that connect on first use, so that the server deploys
 * and reports its readiness even while the database is down. Static because the JPA provider that
 * reads it is not a CDI bean.
 */
public final class DatabaseGate {
  private static volatile boolean open;

  private DatabaseGate() {}

  static void open() {
    open = true;
  }

  static boolean isOpen() {
    return open;
  }
}
