package org.relais.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
  @Test
  void passwordParameters_areHidden() {
    assertEquals(
        "jdbc:mariadb://db:3306/relais?user=a&password=***&x=1",
        JdbcUrls.withoutSecrets("jdbc:mariadb://db:3306/relais?user=a&password=s3cret&x=1"));
    assertEquals(
        "jdbc:mariadb://db/relais?pwd=***",
        JdbcUrls.withoutSecrets("jdbc:mariadb://db/relais?pwd=hunter2"));
  }

  @Test
  void urlsWithoutSecrets_areUnchanged() {
    assertEquals(
        "jdbc:mariadb://db:3306/relais", JdbcUrls.withoutSecrets("jdbc:mariadb://db:3306/relais"));
  }

  @Test
  void retries_backOffExponentially_upTo30Seconds() {
    assertEquals(Duration.ofSeconds(1), DatabaseMigrator.backOff(1));
    assertEquals(Duration.ofSeconds(2), DatabaseMigrator.backOff(2));
    assertEquals(Duration.ofSeconds(16), DatabaseMigrator.backOff(5));
    assertEquals(Duration.ofSeconds(30), DatabaseMigrator.backOff(6));
    assertEquals(Duration.ofSeconds(30), DatabaseMigrator.backOff(500));
  }
}
