package org.relais.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void defaults_applyWhenNothingIsSet() {
    Settings settings = Settings.resolve(Map.of(), Map.of());
    assertEquals(8080, settings.getInt(Setting.PORT));
    assertEquals("./data", settings.get(Setting.DATA_DIR));
    assertFalse(settings.isSet(Setting.DB_URL));
  }

  @Test
  void environmentVariable_overridesTheDefault_andSystemPropertyOverridesBoth() {
    assertEquals(
        9090, Settings.resolve(Map.of(), Map.of("RELAIS_PORT", "9090")).getInt(Setting.PORT));
    assertEquals(
        7070,
        Settings.resolve(Map.of("relais.port", "7070"), Map.of("RELAIS_PORT", "9090"))
            .getInt(Setting.PORT));
  }

  @Test
  void dbUrl_isReadFromTheEnvironmentNameTheIssueGives() {
    Settings settings =
        Settings.resolve(Map.of(), Map.of("DB_URL", "jdbc:mariadb://db:3306/relais"));
    assertTrue(settings.isSet(Setting.DB_URL));
    assertEquals("DB_URL", Setting.DB_URL.environmentName());
  }

  @Test
  void portThatIsNotANumber_isRefused_withTheSettingNamed() {
    InvalidSettingException error =
        assertThrows(
            InvalidSettingException.class,
            () -> Settings.resolve(Map.of(), Map.of("RELAIS_PORT", "eighty")));
    assertEquals(
        "RELAIS_PORT=\"eighty\" is not valid: expected a whole number from 1 to 65535",
        error.getMessage());
  }

  @Test
  void portOutOfRange_isRefused() {
    assertThrows(
        InvalidSettingException.class,
        () -> Settings.resolve(Map.of(), Map.of("RELAIS_PORT", "70000")));
  }

  @Test
  void unknownValueOfAnEnumeratedSetting_isRefused_withTheAcceptedValues() {
    InvalidSettingException error =
        assertThrows(
            InvalidSettingException.class,
            () -> Settings.resolve(Map.of(), Map.of("RELAIS_CLUSTER", "maybe")));
    assertTrue(error.getMessage().contains("RELAIS_CLUSTER"), error.getMessage());
    assertTrue(error.getMessage().contains("off, on"), error.getMessage());
  }

  @Test
  void misspelledSettingName_isRefused_withASuggestion() {
    InvalidSettingException error =
        assertThrows(
            InvalidSettingException.class,
            () -> Settings.resolve(Map.of(), Map.of("RELAIS_PROT", "8080")));
    assertEquals("unknown setting RELAIS_PROT (did you mean RELAIS_PORT?)", error.getMessage());
  }

  @Test
  void secretValues_areNeverEchoedInErrors() {
    assertTrue(Setting.DB_PASSWORD.type().isSecret());
    assertFalse(Setting.DB_URL.type().isSecret());
  }

  @Test
  void jdbcUrl_mustBeAMariaDbUrl() {
    InvalidSettingException error =
        assertThrows(
            InvalidSettingException.class,
            () -> Settings.resolve(Map.of(), Map.of("DB_URL", "postgres://x")));
    assertTrue(error.getMessage().startsWith("DB_URL="), error.getMessage());
  }

  @Test
  void everyEnvironmentName_isTheUpperCasePropertyName() {
    for (Setting setting : Setting.values()) {
      assertEquals(
          setting.propertyName().replace('.', '_').toUpperCase(), setting.environmentName());
    }
  }
}
