package org.relais.nlp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a message typed fast on a kiosk into the words the classifier learns from: lower case, no
 * accents, elisions and contractions expanded, letter runs collapsed, letters split from digits,
 * SMS and phonetic spellings replaced ({@link Spellings}).
 *
 * <p>Stateless and thread-safe. Every trained model depends on this exact behaviour: a change here
 * needs the shipped model retrained (the shipped-model test says so).
 */
public final class TextNormalizer {

  private static final Map<String, String> FRENCH_ELISIONS =
      Map.ofEntries(
          Map.entry("j", "je"),
          Map.entry("l", "le"),
          Map.entry("d", "de"),
          Map.entry("m", "me"),
          Map.entry("t", "te"),
          Map.entry("s", "se"),
          Map.entry("n", "ne"),
          Map.entry("c", "ce"),
          Map.entry("qu", "que"),
          Map.entry("jusqu", "jusque"),
          Map.entry("lorsqu", "lorsque"),
          Map.entry("puisqu", "puisque"));

  private static final Map<String, String> ENGLISH_SUFFIXES =
      Map.of("m", "am", "re", "are", "ve", "have", "ll", "will", "d", "would");

  private static final Map<String, String> IRREGULAR_NEGATIONS =
      Map.of("can", "can", "won", "will", "ain", "is", "shan", "shall");

  private final Spellings spellings;

  public TextNormalizer() {
    this(Spellings.standard());
  }

  TextNormalizer(Spellings spellings) {
    this.spellings = spellings;
  }

  /** The normalised words of {@code text}, joined by single spaces. */
  public String normalize(String text) {
    return String.join(" ", tokens(text));
  }

  /** The normalised words of {@code text}; empty for null or blank text. */
  public List<String> tokens(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String raw : splitWords(foldCase(text))) {
      expandApostrophes(raw, words);
    }
    List<String> split = new ArrayList<>(words.size() + 4);
    for (String word : words) {
      splitDigitsFromLetters(collapseRepeatedLetters(word), split);
    }
    return spellings.apply(split);
  }

  /** Lower case, typographic apostrophes unified, accents removed from Latin letters. */
  public static String foldCase(String text) {
    String lower =
        text.toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u02bc', '\'')
            .replace('`', '\'')
            .replace('\u00b4', '\'')
            .replace("\u0153", "oe")
            .replace("\u00e6", "ae")
            .replace("\u00df", "ss");
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    char base = ' ';
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
      // Only Latin accents go: a Cyrillic breve or an Arabic vowel sign carries meaning.
      if (mark && base < '\u0250') {
        continue;
      }
      if (!mark) {
        base = c;
      }
      out.append(c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Words are runs of letters, digits, combining marks and apostrophes. */
  private static List<String> splitWords(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && isWordChar(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = trimApostrophes(text.substring(start, i));
        if (!word.isEmpty()) {
          words.add(word);
        }
        start = -1;
      }
    }
    return words;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '\''
        || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static String trimApostrophes(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && word.charAt(from) == '\'') {
      from++;
    }
    while (to > from && word.charAt(to - 1) == '\'') {
      to--;
    }
    return word.substring(from, to);
  }

  /** French elisions (j'ai), English contractions (don't, i'm); other apostrophes vanish. */
  private static void expandApostrophes(String word, List<String> out) {
    int apostrophe = word.indexOf('\'');
    if (apostrophe < 0) {
      out.add(word);
      return;
    }
    String before = word.substring(0, apostrophe);
    String after = word.substring(apostrophe + 1);
    String elided = FRENCH_ELISIONS.get(before);
    if (elided != null) {
      out.add(elided);
      expandApostrophes(after, out);
    } else if (after.equals("t") && before.endsWith("n")) {
      String verb = before.substring(0, before.length() - 1);
      out.add(IRREGULAR_NEGATIONS.getOrDefault(verb, verb));
      out.add("not");
    } else if (ENGLISH_SUFFIXES.containsKey(after)) {
      out.add(before);
      out.add(ENGLISH_SUFFIXES.get(after));
    } else if (after.equals("s")) {
      out.add(before);
      out.add("is");
    } else {
      out.add(word.replace("'", ""));
    }
  }

  /** "svppp" and "mennuiiiie" become "svp" and "mennuie"; double letters are French. */
  static String collapseRepeatedLetters(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
      if (run == 3 && Character.isLetter(c)) {
        out.setLength(out.length() - 1);
      } else if (run < 3 || !Character.isLetter(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** "18h30" becomes "18 h 30", unless the whole word is a known spelling such as "dem1". */
  private void splitDigitsFromLetters(String word, List<String> out) {
    if (spellings.isSpelling(word)) {
      out.add(word);
      return;
    }
    int start = 0;
    for (int i = 1; i <= word.length(); i++) {
      if (i == word.length()
          || Character.isDigit(word.charAt(i)) != Character.isDigit(word.charAt(i - 1))) {
        out.add(word.substring(start, i));
        start = i;
      }
    }
  }
}
