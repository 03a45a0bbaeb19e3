package org.relais.assistant;

import java.text.Normalizer;
import java.util.Locale;

/** Visitor text reduced for keyword matching: lower case, no accents, words split by spaces. */
final class PlainText {
  private PlainText() {}

  static String of(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    String withoutAccents = decomposed.replaceAll("\\p{M}+", "");
    return " " + withoutAccents.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }

  /** Whether the keyword (already plain) occurs as whole words in the plain text. */
  static boolean contains(String plainText, String keyword) {
    String plainKeyword = of(keyword).strip();
    return !plainKeyword.isEmpty() && plainText.contains(" " + plainKeyword + " ");
  }
}
