package org.relais.nlp.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.text.TextNormalizer;

/**
 * The language of a kiosk message, however short. In order: the script (Arabic and Cyrillic split
 * by their letters and words), frequent French/English/Spanish words, the conversation's (else the
 * picked) language when its words are among the best, the words of the kiosk's own corpora,
 * OpenNLP's language model for longer Latin text (it is wrong on one or two words), then the
 * conversation's language, then the language the visitor picked.
 *
 * <p>Thread-safe; the OpenNLP model (10 MB) loads on the first message that needs it.
 */
public final class LanguageDetector {

  /** Below this many words OpenNLP's model guesses (platform notes: wrong on 1-2 words). */
  private static final int MIN_WORDS_FOR_STATISTICS = 4;

  /** OpenNLP's cost grows with length; the start of a message tells its language. */
  private static final int MAX_CHARS_FOR_STATISTICS = 200;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  /** Compiled once: String.split compiles any pattern longer than one character on every call. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final boolean useStatisticalModel;

  /** A detector that also asks OpenNLP's model about longer Latin-script messages. */
  public LanguageDetector() {
    this(true);
  }

  private LanguageDetector(boolean useStatisticalModel) {
    this.useStatisticalModel = useStatisticalModel;
  }

  /** A detector that never loads OpenNLP's model: certain answers are the same, and cheaper. */
  public static LanguageDetector withoutStatistics() {
    return new LanguageDetector(false);
  }

  /** The language of {@code text}; never null. */
  public LanguageDetection detect(String text, LanguageHint hint) {
    LanguageHint safeHint = hint == null ? LanguageHint.none() : hint;
    String preferred = safeHint.preferred();
    if (text == null || text.isBlank()) {
      return LanguageDetection.guessed(preferred);
    }
    UnicodeScript script = ScriptCensus.dominantScript(text);
    return switch (script) {
      case UNKNOWN -> LanguageDetection.guessed(preferred);
      case LATIN -> detectLatin(text, preferred);
      case ARABIC -> ArabicScriptLanguages.identify(text, preferred);
      case CYRILLIC -> CyrillicLanguages.identify(text, preferred);
      default -> {
        String language = ScriptCensus.languageOfScript(script);
        yield language == null
            ? LanguageDetection.guessed(preferred)
            : LanguageDetection.sure(language);
      }
    };
  }

  private LanguageDetection detectLatin(String text, String preferred) {
    List<String> words = List.of(wordsOf(text));
    double[] scores = LatinLanguages.scores(words);
    String winner = LatinLanguages.clearWinner(scores);
    if (winner != null) {
      return LanguageDetection.sure(winner);
    }
    // Words shared by the visitor's own language and another ("un", "de", "la"): stay in the
    // language the visitor picked or speaks. OpenNLP's model is no arbiter on a few words: of the
    // 51 test messages that reached it this way it named 30 wrongly, French as Romanian,
    // Esperanto or Galician (docs/benchmarks.md), and it is the slowest step of the pipeline.
    String tied = bestAmongTied(scores, preferred);
    if (preferred != null && preferred.equals(tied)) {
      return LanguageDetection.guessed(preferred);
    }
    String ofTheCorpora = CorpusVocabulary.clearWinner(words);
    if (ofTheCorpora != null) {
      return LanguageDetection.guessed(ofTheCorpora);
    }
    if (useStatisticalModel && words.size() >= MIN_WORDS_FOR_STATISTICS) {
      String statistical = statisticalGuess(text);
      if (statistical != null) {
        return LanguageDetection.guessed(statistical);
      }
    }
    return LanguageDetection.guessed(tied != null ? tied : preferred);
  }

  /** Words such as "la" or "no" belong to two languages: the conversation breaks the tie. */
  private static String bestAmongTied(double[] scores, String preferred) {
    List<String> languages = LatinLanguages.languages();
    double best = 0;
    for (double score : scores) {
      best = Math.max(best, score);
    }
    if (best == 0) {
      return null;
    }
    int preferredIndex = preferred == null ? -1 : languages.indexOf(preferred);
    if (preferredIndex >= 0 && scores[preferredIndex] == best) {
      return preferred;
    }
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] == best) {
        return languages.get(i); // French first: Relais serves French day centers
      }
    }
    return null;
  }

  static String[] wordsOf(String text) {
    String folded = TextNormalizer.foldCase(text).replace("'", "");
    return NOT_WORD.split(folded.strip());
  }

  private static String statisticalGuess(String text) {
    String sample =
        text.length() > MAX_CHARS_FOR_STATISTICS
            ? text.substring(0, MAX_CHARS_FOR_STATISTICS)
            : text;
    String best = LangdetectModel.BEST_LANGUAGE.bestLanguage(sample);
    return ISO3_TO_ISO1.getOrDefault(best, best);
  }

  /** Loads OpenNLP's language model and the corpora's vocabulary now, not on a visitor's turn. */
  public static void warmUp() {
    LangdetectModel.INSTANCE.getMaxentModel();
    CorpusVocabulary.clearWinner(List.of());
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> codes = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      codes.put(new Locale(iso1).getISO3Language(), iso1);
    }
    // The model's macrolanguage members and a few codes Locale does not map.
    codes.putAll(
        Map.of(
            "pes", "fa", "prs", "fa", "pus", "ps", "pbu", "ps", "arb", "ar", "cmn", "zh", "lvs",
            "lv", "ekk", "et", "pnb", "pa", "nan", "zh"));
    codes.putAll(Map.of("swa", "sw", "msa", "ms", "nob", "no", "nno", "nn", "plt", "mg"));
    return Map.copyOf(codes);
  }

  /** Lazy holder: the JVM loads it once, on first use, thread-safely. */
  private static final class LangdetectModel {
    static final LanguageDetectorModel INSTANCE = load();
    static final BestLanguageOfModel BEST_LANGUAGE = new BestLanguageOfModel(INSTANCE);

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException(
              "langdetect-183.bin is missing from the class path (opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
