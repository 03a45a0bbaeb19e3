package org.relais.nlp.language;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arabic, Dari/Persian, Pashto or Urdu from a message in Arabic script: first the letters only one
 * of them uses, then frequent words.
 */
final class ArabicScriptLanguages {

  /** ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ: Pashto letters. */
  private static final String PASHTO_LETTERS =
      "\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u06D0\u06CD\u0681\u0685";

  /** ے ں ہ ھ ٹ ڈ ڑ: Urdu letters. */
  private static final String URDU_LETTERS = "\u06D2\u06BA\u06C1\u06BE\u0679\u0688\u0691";

  /** پ چ ژ گ and the Persian keyboard's ک and ی. */
  private static final String PERSIAN_LETTERS = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";

  /** ة ى ي ك أ إ: the Arabic keyboard's letters. */
  private static final String ARABIC_LETTERS = "\u0629\u0649\u064A\u0643\u0623\u0625";

  private static final WordLexicon LEXICON = new WordLexicon(lexicon());

  private ArabicScriptLanguages() {}

  private static Map<String, Set<String>> lexicon() {
    Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    byLanguage.put(
        "ar",
        Set.of(
            "من", "في", "على", "انا", "هل", "ما", "ماذا", "اين", "شكرا", "مرحبا", "نعم", "لا",
            "اريد", "عندي", "مساعده", "السلام", "عليكم", "كيف", "اكل", "طبيب", "بغيت", "واش", "فين",
            "بزاف", "عافاك", "ممكن", "الله", "اليوم", "غدا", "هذا", "ليس"));
    byLanguage.put(
        "fa",
        Set.of(
            "من", "می", "است", "را", "چه", "کجا", "کمک", "ممنون", "مرسی", "خوب", "بله", "نه",
            "دارم", "میخواهم", "میخوام", "غذا", "حمام", "کار", "خانه", "پول", "چطور", "لطفا",
            "هستم", "نیست", "امروز", "فردا", "شب", "کجاست", "خسته", "دکتر"));
    byLanguage.put(
        "ps",
        Set.of(
            "زه", "دی", "ده", "مننه", "څنګه", "چیرته", "مرسته", "غواړم", "ډوډۍ", "هو", "ستاسو",
            "یم", "کوم", "شته", "نشته", "ولې", "ښه", "ډاکټر", "پیسې", "نن", "سبا"));
    byLanguage.put("ur", Set.of("ہے", "میں", "کیا", "نہیں", "شکریہ", "مجھے", "چاہیے", "ہوں"));
    byLanguage.replaceAll((language, words) -> foldAll(words));
    return byLanguage;
  }

  /** The language of a message written mostly in Arabic script. */
  static LanguageDetection identify(String text, String preferred) {
    double[] scores = LEXICON.scores(words(text));
    List<String> languages = LEXICON.languages();
    scores[languages.indexOf("ps")] += 3 * count(text, PASHTO_LETTERS);
    scores[languages.indexOf("ur")] += 3 * count(text, URDU_LETTERS);
    scores[languages.indexOf("fa")] += 0.5 * count(text, PERSIAN_LETTERS);
    scores[languages.indexOf("ar")] += 0.5 * count(text, ARABIC_LETTERS);
    String winner = LEXICON.winner(scores, 0.5);
    if (winner != null) {
      return LanguageDetection.sure(winner);
    }
    // Letters shared by all of them ("سلام"): the conversation decides, else Arabic.
    return LanguageDetection.sure(
        preferred != null && languages.contains(preferred) ? preferred : "ar");
  }

  /** Words with vowel signs removed and the Arabic and Persian forms of ya and kaf unified. */
  private static List<String> words(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      folded.append(fold(c));
    }
    return List.of(folded.toString().split("[^\\p{L}]+"));
  }

  private static Set<String> foldAll(Set<String> words) {
    Set<String> folded = new HashSet<>();
    for (String word : words) {
      folded.add(words(word).get(0));
    }
    return folded;
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u064A', '\u0649' -> '\u06CC'; // ي ى -> ی
      case '\u0643' -> '\u06A9'; // ك -> ک
      case '\u0629' -> '\u0647'; // ة -> ه
      case '\u0623', '\u0625', '\u0622' -> '\u0627'; // أ إ آ -> ا
      default -> c;
    };
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
