package org.relais.platform.database;

/** JDBC URLs as they may be shown in logs and health reports. */
public final class JdbcUrls {
  private JdbcUrls() {}

  /** The URL without any password given as a parameter ({@code ?password=...}). */
  public static String withoutSecrets(String url) {
    return url.replaceAll("(?i)([?&;](password|pwd)=)[^&;]*", "$1***");
  }
}
