package org.relais.platform.settings;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings in force, resolved like MicroProfile Config does: a {@code -D} system property wins
 * over an environment variable, which wins over the catalog's default. Resolution validates every
 * value and refuses unknown {@code RELAIS_*} / {@code relais.*} names (a typo would otherwise be
 * silently ignored).
 */
public final class Settings {
  private final Map<Setting, String> values;

  private Settings(Map<Setting, String> values) {
    this.values = values;
  }

  /**
   * @throws InvalidSettingException on the first unknown name or invalid value, in catalog order
   */
  public static Settings resolve(Map<String, String> systemProperties, Map<String, String> env) {
    refuseUnknownNames(systemProperties, env);
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    for (Setting setting : Setting.values()) {
      String raw =
          Optional.ofNullable(systemProperties.get(setting.propertyName()))
              .or(() -> Optional.ofNullable(env.get(setting.environmentName())))
              .orElse(setting.defaultValue());
      values.put(setting, setting.validate(raw));
    }
    return new Settings(values);
  }

  public String get(Setting setting) {
    return values.get(setting);
  }

  public int getInt(Setting setting) {
    return Integer.parseInt(values.get(setting));
  }

  public boolean isSet(Setting setting) {
    return !values.get(setting).isEmpty();
  }

  private static void refuseUnknownNames(
      Map<String, String> systemProperties, Map<String, String> env) {
    for (String name : systemProperties.keySet()) {
      if (name.startsWith("relais.") && Setting.byPropertyName(name).isEmpty()) {
        throw unknown("-D" + name, name, true);
      }
    }
    for (String name : env.keySet()) {
      if (name.startsWith("RELAIS_") && Setting.byEnvironmentName(name).isEmpty()) {
        throw unknown(name, name, false);
      }
    }
  }

  private static InvalidSettingException unknown(String shown, String name, boolean property) {
    Setting closest =
        Arrays.stream(Setting.values())
            .min(
                Comparator.comparingInt(
                    s -> editDistance(name, property ? s.propertyName() : s.environmentName())))
            .orElseThrow();
    String suggestion = property ? closest.propertyName() : closest.environmentName();
    return new InvalidSettingException(
        "unknown setting " + shown + " (did you mean " + suggestion + "?)");
  }

  /** Levenshtein distance; the names are short, so the quadratic table is fine. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
