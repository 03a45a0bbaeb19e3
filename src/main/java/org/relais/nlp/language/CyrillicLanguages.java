package org.relais.nlp.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Ukrainian or Russian from a message in Cyrillic: their own letters, then frequent words. */
final class CyrillicLanguages {

  /** і ї є ґ: Ukrainian letters. */
  private static final String UKRAINIAN_LETTERS = "\u0456\u0457\u0454\u0491";

  /** ы э ъ ё: Russian letters. */
  private static final String RUSSIAN_LETTERS = "\u044B\u044D\u044A\u0451";

  private static final WordLexicon LEXICON = new WordLexicon(lexicon());

  private CyrillicLanguages() {}

  private static Map<String, Set<String>> lexicon() {
    Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    byLanguage.put(
        "uk",
        Set.of(
            "дякую",
            "так",
            "ні",
            "привіт",
            "допоможіть",
            "допомога",
            "мені",
            "потрібно",
            "будь",
            "ласка",
            "де",
            "що",
            "як",
            "я",
            "хочу",
            "їсти",
            "душ",
            "лікар",
            "немає",
            "треба",
            "можна",
            "сьогодні",
            "завтра",
            "ночувати",
            "добрий",
            "день"));
    byLanguage.put(
        "ru",
        Set.of(
            "спасибо",
            "да",
            "нет",
            "привет",
            "помогите",
            "помощь",
            "мне",
            "нужно",
            "пожалуйста",
            "где",
            "что",
            "как",
            "я",
            "хочу",
            "есть",
            "душ",
            "врач",
            "нету",
            "здравствуйте",
            "надо",
            "можно",
            "сегодня",
            "завтра",
            "ночевать",
            "добрый",
            "день"));
    return byLanguage;
  }

  /** The language of a message written mostly in Cyrillic. */
  static LanguageDetection identify(String text, String preferred) {
    String lower = text.toLowerCase(Locale.ROOT);
    double[] scores = LEXICON.scores(List.of(lower.split("[^\\p{L}]+")));
    List<String> languages = LEXICON.languages();
    scores[languages.indexOf("uk")] += 2 * count(lower, UKRAINIAN_LETTERS);
    scores[languages.indexOf("ru")] += 2 * count(lower, RUSSIAN_LETTERS);
    String winner = LEXICON.winner(scores, 0.5);
    if (winner != null) {
      return LanguageDetection.sure(winner);
    }
    // Relais has Ukrainian answers and no Russian ones: Ukrainian when unsure.
    return LanguageDetection.sure(
        preferred != null && languages.contains(preferred) ? preferred : "uk");
  }

  private static int count(String text, String letters) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        count++;
      }
    }
    return count;
  }
}
