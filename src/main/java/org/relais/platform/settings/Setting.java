package org.relais.platform.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting Relais reads, with its default and the values it accepts. One catalog for the
 * launcher (which runs before the server and has no MicroProfile Config), the application and the
 * README table, so that they cannot drift apart.
 *
 * <p>Names follow MicroProfile Config: {@code relais.port} is also read from the environment
 * variable {@code RELAIS_PORT}.
 */
public enum Setting {
  PORT("relais.port", "8080", SettingType.port(), "HTTP port of the kiosk, console and API."),
  DATA_DIR(
      "relais.data.dir",
      "./data",
      SettingType.text(),
      "Folder of the embedded database and its credentials; survives restarts."),
  DB_URL(
      "db.url",
      "",
      SettingType.jdbcUrl(),
      "MariaDB server to use, e.g. jdbc:mariadb://db:3306/relais?useServerPrepStmts=true (the"
          + " server then parses each statement once per connection: a third less database CPU per"
          + " chat turn). Empty: the embedded MariaDB."),
  DB_USER("db.user", "", SettingType.text(), "User for DB_URL."),
  DB_PASSWORD("db.password", "", SettingType.secret(), "Password for DB_URL (never logged)."),
  CLUSTER(
      "relais.cluster",
      "off",
      SettingType.oneOf("off", "on"),
      "on: join other Relais instances through Payara's data grid (Hazelcast)."),
  KIOSK_INACTIVITY_SECONDS(
      "relais.kiosk.inactivity.seconds",
      "120",
      SettingType.integer(10, 3600),
      "Seconds without a touch before the kiosk counts down and wipes the screen."),
  KIOSK_RESUME_MINUTES(
      "relais.kiosk.resume.minutes",
      "10",
      SettingType.integer(1, 1440),
      "Minutes a kiosk may reconnect to an idle conversation; after that the bot's open"
          + " conversation is closed."),
  RETENTION_DAYS(
      "relais.retention.days",
      "30",
      SettingType.integer(1, 3650),
      "Days closed conversations are kept before deletion; only anonymous daily counts remain."),
  ADMIN_PASSWORD(
      "relais.admin.password",
      "",
      SettingType.password(12),
      "Password of the first admin (login admin), used only when no admin exists yet. Empty: a"
          + " one-time password is printed once at that first start."),
  STAFF_SESSION_MINUTES(
      "relais.staff.session.minutes",
      "30",
      SettingType.integer(5, 720),
      "Minutes of inactivity after which a signed-in worker or admin is signed out."),
  HELPDESK_GRACE_SECONDS(
      "relais.helpdesk.grace.seconds",
      "60",
      SettingType.integer(1, 3600),
      "Seconds a worker's conversations stay theirs after their console disconnects, before"
          + " they return to the queue at their original place."),
  HELPDESK_HOURS(
      "relais.helpdesk.hours",
      "",
      SettingType.openingHours(),
      "When the desk is staffed, in the server's time zone (TZ). Outside these hours a visitor"
          + " who asks for a person is told nobody is there, with the 115 and emergency"
          + " numbers, and waits in the queue. Empty: only whether a worker is signed in counts."),
  TRAINING_ITERATIONS(
      "relais.training.iterations",
      "100",
      SettingType.integer(1, 1000),
      "GIS iterations of a model built from the admin page; fewer build faster and fit less."),
  TRAINING_FOLDS(
      "relais.training.folds",
      "5",
      SettingType.integer(2, 10),
      "Folds of the cross-validation that evaluates every model built from the admin page."),
  BENCHMARK_ECHO(
      "relais.benchmark.echo",
      "off",
      SettingType.oneOf("off", "on"),
      "on: also serve /ws/echo, a bare echo WebSocket used by the load benchmark."),
  LOG_LEVEL(
      "relais.log.level",
      "INFO",
      SettingType.oneOf("SEVERE", "WARNING", "INFO", "FINE"),
      "Log level of Relais' own messages.");

  private final String propertyName;
  private final String defaultValue;
  private final SettingType type;
  private final String description;

  Setting(String propertyName, String defaultValue, SettingType type, String description) {
    this.propertyName = propertyName;
    this.defaultValue = defaultValue;
    this.type = type;
    this.description = description;
  }

  /** The MicroProfile Config name, also usable as a {@code -D} system property. */
  public String propertyName() {
    return propertyName;
  }

  /** The environment variable MicroProfile Config maps to this setting. */
  public String environmentName() {
    return propertyName.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  public String defaultValue() {
    return defaultValue;
  }

  public SettingType type() {
    return type;
  }

  public String description() {
    return description;
  }

  /**
   * Checks a raw value and returns it trimmed.
   *
   * @throws InvalidSettingException naming this setting and what it accepts
   */
  public String validate(String rawValue) {
    String value = rawValue.trim();
    type.check(value)
        .ifPresent(
            problem -> {
              String shown = type.isSecret() ? "(hidden)" : "\"" + value + "\"";
              throw new InvalidSettingException(
                  environmentName() + "=" + shown + " is not valid: " + problem);
            });
    return value;
  }

  public static Optional<Setting> byEnvironmentName(String name) {
    return Arrays.stream(values()).filter(s -> s.environmentName().equals(name)).findFirst();
  }

  public static Optional<Setting> byPropertyName(String name) {
    return Arrays.stream(values()).filter(s -> s.propertyName().equals(name)).findFirst();
  }

  /** Prefixes that belong to Relais: a name under them that is not in the catalog is a typo. */
  static List<String> ownPrefixes() {
    return List.of("relais.", "RELAIS_");
  }
}
