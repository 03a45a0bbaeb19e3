package org.relais.platform.settings;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When the helpdesk desk is staffed, as an operator writes it: {@code "mo-fr 09:00-12:30
 * 13:30-17:00, sa 09:00-12:00"} (days mo tu we th fr sa su, one or a range, then the opening times
 * of those days). Empty: no hours, only whether a worker is signed in counts.
 *
 * <p>Here rather than in {@code helpdesk} because the launcher checks every setting before the
 * server starts and packs only this package.
 */
public final class OpeningHours {
  private static final List<String> DAYS = List.of("mo", "tu", "we", "th", "fr", "sa", "su");

  private record Span(LocalTime from, LocalTime to) {}

  private final Map<DayOfWeek, List<Span>> spans; // empty: always open

  private OpeningHours(Map<DayOfWeek, List<Span>> spans) {
    this.spans = spans;
  }

  /**
   * @throws IllegalArgumentException saying what is wrong, and where
   */
  public static OpeningHours parse(String text) {
    Map<DayOfWeek, List<Span>> spans = new EnumMap<>(DayOfWeek.class);
    if (text.isBlank()) {
      return new OpeningHours(spans);
    }
    for (String group : text.toLowerCase(Locale.ROOT).split(",")) {
      String[] words = group.trim().split("\\s+");
      if (words.length < 2) {
        throw new IllegalArgumentException("\"" + group.trim() + "\" needs days then times");
      }
      List<Span> times = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        times.add(span(words[i]));
      }
      for (DayOfWeek day : days(words[0])) {
        spans.computeIfAbsent(day, d -> new ArrayList<>()).addAll(times);
      }
    }
    return new OpeningHours(spans);
  }

  /** For the setting's check: the problem with this text, if any. */
  public static Optional<String> problemWith(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  public boolean isOpenAt(LocalDateTime when) {
    if (spans.isEmpty()) {
      return true;
    }
    LocalTime time = when.toLocalTime();
    return spans.getOrDefault(when.getDayOfWeek(), List.of()).stream()
        .anyMatch(span -> !time.isBefore(span.from()) && time.isBefore(span.to()));
  }

  private static List<DayOfWeek> days(String word) {
    String[] ends = word.split("-", -1);
    if (ends.length > 2) {
      throw new IllegalArgumentException("\"" + word + "\" is not a day or a range of days");
    }
    int first = dayIndex(ends[0]);
    int last = ends.length == 2 ? dayIndex(ends[1]) : first;
    if (last < first) {
      throw new IllegalArgumentException("\"" + word + "\" goes backwards (write mo-fr)");
    }
    List<DayOfWeek> days = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      days.add(DayOfWeek.of(i + 1));
    }
    return days;
  }

  private static int dayIndex(String day) {
    int index = DAYS.indexOf(day);
    if (index < 0) {
      throw new IllegalArgumentException("\"" + day + "\" is not one of " + DAYS);
    }
    return index;
  }

  private static Span span(String word) {
    String[] ends = word.split("-", -1);
    if (ends.length != 2) {
      throw new IllegalArgumentException("\"" + word + "\" is not a time range like 09:00-17:30");
    }
    try {
      Span span = new Span(LocalTime.parse(ends[0]), LocalTime.parse(ends[1]));
      if (!span.to().isAfter(span.from())) {
        throw new IllegalArgumentException("\"" + word + "\" ends before it starts");
      }
      return span;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + word + "\" is not a time range like 09:00-17:30");
    }
  }
}
