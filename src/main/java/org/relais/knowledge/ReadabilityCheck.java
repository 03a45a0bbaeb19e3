package org.relais.knowledge;

import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The easy-to-read (FALC) problems of an answer, as warnings for the admin who writes it: lines too
 * long or too wordy, more than 5 lines, two sentences on a line, a percentage, an abbreviation left
 * unexplained, an answer not verified for over a year. Warnings, not errors: the admin decides.
 */
public final class ReadabilityCheck {
  public static final int MAX_LINES = 5;
  public static final int MAX_WORDS = 12;
  public static final int MAX_CHARACTERS = 80;
  private static final Pattern TWO_SENTENCES = Pattern.compile("[.!?]\\s+\\p{Lu}");

  private final Map<String, String> abbreviations;

  public ReadabilityCheck(Map<String, String> abbreviations) {
    this.abbreviations = Map.copyOf(abbreviations);
  }

  /** With the bundled list of abbreviations a visitor may not know. */
  @SuppressWarnings("unchecked")
  public static ReadabilityCheck bundled() {
    try (InputStream in = KnowledgeFile.resource("/knowledge/abbreviations.yml")) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, String> list = new LinkedHashMap<>();
      ((Map<String, Object>) root.get("abbreviations"))
          .forEach((k, v) -> list.put(k, String.valueOf(v)));
      return new ReadabilityCheck(list);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A problem, on a line (1-based) or the whole answer (line 0). */
  public record Warning(String code, int line, String message) {}

  public List<Warning> check(
      String template, Map<String, String> centerDetails, LocalDate lastVerified, LocalDate today) {
    List<Warning> warnings = new ArrayList<>();
    List<String> lines = AnswerRenderer.render(template, centerDetails);
    if (lines.size() > MAX_LINES) {
      warnings.add(
          new Warning(
              "too_many_lines",
              0,
              lines.size() + " lines: keep 3 to " + MAX_LINES + " short lines"));
    }
    for (int i = 0; i < lines.size(); i++) {
      checkLine(lines.get(i), i + 1, warnings);
    }
    String plain = plain(String.join(" ", lines));
    abbreviations.forEach(
        (abbreviation, explanation) -> {
          if (containsWord(String.join(" ", lines), abbreviation)
              && !explained(plain, explanation)) {
            warnings.add(
                new Warning(
                    "unexplained_abbreviation",
                    0,
                    abbreviation + " is not explained (" + explanation + ")"));
          }
        });
    if (lastVerified == null || lastVerified.isBefore(today.minusYears(1))) {
      warnings.add(
          new Warning(
              "not_verified", 0, "not verified for over a year: check the facts and the sources"));
    }
    return warnings;
  }

  private static void checkLine(String line, int number, List<Warning> warnings) {
    if (line.length() > MAX_CHARACTERS) {
      warnings.add(
          new Warning(
              "line_too_long",
              number,
              line.length() + " characters (at most " + MAX_CHARACTERS + ")"));
    }
    int words = wordCount(line);
    if (words > MAX_WORDS) {
      warnings.add(
          new Warning("sentence_too_long", number, words + " words (at most " + MAX_WORDS + ")"));
    }
    if (TWO_SENTENCES.matcher(line).find()) {
      warnings.add(new Warning("two_sentences", number, "one sentence per line"));
    }
    if (line.contains("%")) {
      warnings.add(
          new Warning("percentage", number, "avoid percentages: say \"la moitié\", \"1 sur 4\""));
    }
  }

  /** Words a reader reads: a phone number written in groups of digits counts once. */
  static int wordCount(String line) {
    int words = 0;
    boolean previousWasNumber = false;
    for (String token : line.split("\\s+")) {
      boolean number = token.matches("\\d+[.,]?");
      if (token.matches(".*[\\p{L}\\p{N}].*") && !(number && previousWasNumber)) {
        words++;
      }
      previousWasNumber = number;
    }
    return words;
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
        .matcher(text)
        .find();
  }

  /** The answer explains an abbreviation when it uses the words of its explanation. */
  private static boolean explained(String plainAnswer, String explanation) {
    List<String> keyWords =
        List.of(plain(explanation).split(" ")).stream().filter(w -> w.length() >= 5).toList();
    long used = keyWords.stream().filter(w -> plainAnswer.contains(w)).count();
    return !keyWords.isEmpty() && used * 2 >= keyWords.size();
  }

  private static String plain(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
