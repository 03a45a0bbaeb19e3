package org.relais.nlp.language;

/**
 * The language of one message.
 *
 * @param language an ISO 639-1 code (fr, en, ar, es, fa, ps, uk, ...) or {@link #UNDETERMINED}
 * @param certain true when the message itself shows the language beyond doubt: its script, its
 *     letters or its frequent words; false for a statistical guess, for the conversation's language
 *     and when undetermined
 */
public record LanguageDetection(String language, boolean certain) {

  public static final String UNDETERMINED = "und";

  static LanguageDetection sure(String language) {
    return new LanguageDetection(language, true);
  }

  static LanguageDetection guessed(String language) {
    return new LanguageDetection(language == null ? UNDETERMINED : language, false);
  }
}
