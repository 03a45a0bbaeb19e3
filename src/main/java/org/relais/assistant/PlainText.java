package org.relais.assistant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Visitor text reduced for keyword matching: lower case, no accents, words split by spaces. */
final class PlainText {
  // Compiled once: String.replaceAll compiles its pattern at every call, and this runs on every
  // visitor message (a visible share of a turn's CPU in the load benchmark's profile).
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlainText() {}

  static String of(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    String withoutAccents = MARKS.matcher(decomposed).replaceAll("");
    return " " + NOT_WORDS.matcher(withoutAccents).replaceAll(" ").strip() + " ";
  }

  /** Whether the keyword, in any spelling, occurs as whole words in the plain text. */
  static boolean contains(String plainText, String keyword) {
    return containsWords(plainText, of(keyword).strip());
  }

  /** Whether words already plain (as {@link #of} gives them, stripped) occur in the plain text. */
  static boolean containsWords(String plainText, String plainWords) {
    return !plainWords.isEmpty() && plainText.contains(" " + plainWords + " ");
  }
}
