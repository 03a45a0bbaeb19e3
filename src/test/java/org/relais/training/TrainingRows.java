package org.relais.training;

import java.sql.Connection;
import java.sql.ResultSet;
import org.relais.testing.TestDatabase;

/** Reads what the server stored, straight from the test database. */
final class TrainingRows {
  private TrainingRows() {}

  /** The first column of the first row of a query, as text (null without a row). */
  static String first(String sql) throws Exception {
    try (Connection db = TestDatabase.connect();
        ResultSet row = db.createStatement().executeQuery(sql)) {
      return row.next() ? row.getString(1) : null;
    }
  }

  static int count(String sql) throws Exception {
    return Integer.parseInt(first(sql));
  }

  static String exampleStatus(long id) throws Exception {
    return first("select status from training_example where id = " + id);
  }

  /**
   * Leaves the shared test database as the other test classes expect it: no ACTIVE version, so the
   * next server (each test class starts its own) uses the shipped model.
   */
  static void noActiveModel() throws Exception {
    try (Connection db = TestDatabase.connect()) {
      db.createStatement()
          .executeUpdate("update model_version set status = 'ARCHIVED' where status = 'ACTIVE'");
    }
  }
}
