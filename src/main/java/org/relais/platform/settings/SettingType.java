package org.relais.platform.settings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What values a {@link Setting} accepts; {@link #check} returns the problem, if any. */
public final class SettingType {
  private final Function<String, Optional<String>> checker;
  private final boolean secret;
  private final String accepted;

  private SettingType(String accepted, boolean secret, Function<String, Optional<String>> checker) {
    this.accepted = accepted;
    this.secret = secret;
    this.checker = checker;
  }

  public Optional<String> check(String value) {
    return checker.apply(value);
  }

  public boolean isSecret() {
    return secret;
  }

  /** Human-readable description of the accepted values, for the README table. */
  public String accepted() {
    return accepted;
  }

  public static SettingType text() {
    return new SettingType("text", false, value -> Optional.empty());
  }

  public static SettingType secret() {
    return new SettingType("text (secret)", true, value -> Optional.empty());
  }

  /** A password an operator sets: empty (not set), or long enough to resist guessing. */
  public static SettingType password(int minimumLength) {
    return new SettingType(
        "empty, or at least " + minimumLength + " characters (secret)",
        true,
        value ->
            value.isEmpty() || value.length() >= minimumLength
                ? Optional.empty()
                : Optional.of("expected at least " + minimumLength + " characters"));
  }

  /** Empty, or days and times like "mo-fr 09:00-17:30, sa 09:00-12:00" ({@link OpeningHours}). */
  public static SettingType openingHours() {
    return new SettingType(
        "empty, or days and times: mo-fr 09:00-17:30, sa 09:00-12:00",
        false,
        OpeningHours::problemWith);
  }

  public static SettingType port() {
    return integer(1, 65535);
  }

  public static SettingType integer(int min, int max) {
    return new SettingType(
        "whole number " + min + "-" + max,
        false,
        value -> {
          try {
            int number = Integer.parseInt(value);
            return number < min || number > max
                ? Optional.of("expected a whole number from " + min + " to " + max)
                : Optional.empty();
          } catch (NumberFormatException e) {
            return Optional.of("expected a whole number from " + min + " to " + max);
          }
        });
  }

  public static SettingType oneOf(String... allowed) {
    List<String> values = List.of(allowed);
    String list = String.join(", ", values);
    return new SettingType(
        "one of: " + list,
        false,
        value ->
            values.contains(value) ? Optional.empty() : Optional.of("expected one of " + list));
  }

  public static SettingType jdbcUrl() {
    return new SettingType(
        "jdbc:mariadb://host:port/database (or empty)",
        false,
        value ->
            value.isEmpty()
                    || value.startsWith("jdbc:mariadb://")
                    || value.startsWith("jdbc:mysql://")
                ? Optional.empty()
                : Optional.of("expected a URL starting with jdbc:mariadb://"));
  }
}
