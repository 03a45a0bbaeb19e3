package org.relais.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
  // 2026-11-23 is a Monday.
  private static final OpeningHours CENTER =
      OpeningHours.parse("Mo-Fr 09:00-12:30 13:30-17:00, sa 09:00-12:00");

  @Test
  void isOpen_withinASpanOfThatDay_only() {
    assertTrue(CENTER.isOpenAt(at("2026-11-23T09:00")), "opening minute");
    assertTrue(CENTER.isOpenAt(at("2026-11-27T16:59")), "friday afternoon");
    assertFalse(CENTER.isOpenAt(at("2026-11-23T08:59")), "before");
    assertFalse(CENTER.isOpenAt(at("2026-11-23T12:45")), "lunch break");
    assertFalse(CENTER.isOpenAt(at("2026-11-23T17:00")), "closing minute");
    assertTrue(CENTER.isOpenAt(at("2026-11-28T11:00")), "saturday morning");
    assertFalse(CENTER.isOpenAt(at("2026-11-28T14:00")), "saturday afternoon");
    assertFalse(CENTER.isOpenAt(at("2026-11-29T10:00")), "sunday");
  }

  @Test
  void noHours_meansAlwaysOpen() {
    assertTrue(OpeningHours.parse("").isOpenAt(at("2026-11-29T03:00")));
  }

  @Test
  void badHours_areRefused_sayingWhatIsWrong() {
    assertEquals(Optional.empty(), OpeningHours.problemWith("su 10:00-11:00"));
    assertProblem("xx 09:00-17:00", "not one of");
    assertProblem("fr-mo 09:00-17:00", "backwards");
    assertProblem("mo", "needs days then times");
    assertProblem("mo 17:00-09:00", "ends before it starts");
    assertProblem("mo 9h-17h", "not a time range");
    assertProblem("mo 09:00", "not a time range");
    assertProblem("mo-tu-we 09:00-10:00", "not a day or a range");
    assertThrows(
        InvalidSettingException.class, () -> Setting.HELPDESK_HOURS.validate("lundi 9h-17h"));
  }

  private static void assertProblem(String hours, String saying) {
    String problem = OpeningHours.problemWith(hours).orElseThrow();
    assertTrue(problem.contains(saying), problem);
  }

  private static LocalDateTime at(String text) {
    return LocalDateTime.parse(text);
  }
}
