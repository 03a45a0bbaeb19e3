package org.relais.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The MariaDB the integration tests run against (embedded by default, DB_URL when given). */
public final class TestDatabase {
  private TestDatabase() {}

  public static String url() {
    return required("it.db.url");
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        url(), System.getProperty("it.db.user", ""), System.getProperty("it.db.password", ""));
  }

  private static String required(String property) {
    String value = System.getProperty(property, "");
    if (value.isBlank() || value.contains("${")) {
      throw new IllegalStateException(property + " is not set: run the tests with `mvn verify`");
    }
    return value;
  }
}
