package org.relais.nlp.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Which writing system most letters of a message belong to. */
final class ScriptCensus {

  /** Scripts used by one main language, named by its ISO 639-1 code. */
  private static final Map<UnicodeScript, String> SINGLE_LANGUAGE_SCRIPTS =
      Map.ofEntries(
          Map.entry(UnicodeScript.GEORGIAN, "ka"),
          Map.entry(UnicodeScript.ARMENIAN, "hy"),
          Map.entry(UnicodeScript.GREEK, "el"),
          Map.entry(UnicodeScript.HEBREW, "he"),
          Map.entry(UnicodeScript.BENGALI, "bn"),
          Map.entry(UnicodeScript.ETHIOPIC, "ti"),
          Map.entry(UnicodeScript.THAI, "th"),
          Map.entry(UnicodeScript.TAMIL, "ta"),
          Map.entry(UnicodeScript.DEVANAGARI, "hi"),
          Map.entry(UnicodeScript.GURMUKHI, "pa"),
          Map.entry(UnicodeScript.HANGUL, "ko"),
          Map.entry(UnicodeScript.HIRAGANA, "ja"),
          Map.entry(UnicodeScript.KATAKANA, "ja"),
          Map.entry(UnicodeScript.HAN, "zh"),
          Map.entry(UnicodeScript.TIBETAN, "bo"),
          Map.entry(UnicodeScript.KHMER, "km"),
          Map.entry(UnicodeScript.SINHALA, "si"));

  private ScriptCensus() {}

  /** The script of most letters, or {@link UnicodeScript#UNKNOWN} when there is no letter. */
  static UnicodeScript dominantScript(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
    UnicodeScript best = UnicodeScript.UNKNOWN;
    int bestCount = 0;
    for (Map.Entry<UnicodeScript, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }

  /** The language a script alone tells, or null when several languages share it. */
  static String languageOfScript(UnicodeScript script) {
    return SINGLE_LANGUAGE_SCRIPTS.get(script);
  }
}
