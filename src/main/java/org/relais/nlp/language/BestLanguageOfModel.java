package org.relais.nlp.language;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language {@link LanguageDetectorME#predictLanguage} would answer with OpenNLP's language
 * model, at about half its cost. The kiosk needs only the best language; OpenNLP builds its
 * character n-grams through hashed {@code CharBuffer}s, then a confidence object for each of the
 * model's 103 languages and sorts them all, which made this call the slowest part of the pipeline
 * for the 5 % of messages that need it (docs/benchmarks.md): 51 of the 1,111 test messages. Same
 * normaliser, same lower-casing, same distinct 1- to 3-grams each counted once, same maxent
 * evaluation; only the order in which the n-grams are summed differs, which moves the last bits of
 * a probability and could swap two languages only on an exact tie ({@code BestLanguageOfModelTest}
 * compares both on every corpus message). Thread-safe: the model is only read.
 */
final class BestLanguageOfModel {

  /** What {@code LanguageDetectorFactory.getContextGenerator()} builds for the model. */
  private static final int SHORTEST_GRAM = 1;

  private static final int LONGEST_GRAM = 3;

  private static final CharSequenceNormalizer NORMALIZER =
      new AggregateCharSequenceNormalizer(
          EmojiCharSequenceNormalizer.getInstance(),
          UrlCharSequenceNormalizer.getInstance(),
          TwitterCharSequenceNormalizer.getInstance(),
          NumberCharSequenceNormalizer.getInstance(),
          ShrinkCharSequenceNormalizer.getInstance());

  private final MaxentModel maxent;

  BestLanguageOfModel(LanguageDetectorModel model) {
    this.maxent = model.getMaxentModel();
  }

  /** The model's best ISO 639-3 code; the first of the model's languages on a tie, as OpenNLP. */
  String bestLanguage(CharSequence text) {
    String[] grams = distinctGrams(text);
    float[] counts = new float[grams.length];
    Arrays.fill(counts, 1f);
    double[] probabilities = maxent.eval(grams, counts);
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return maxent.getOutcome(best);
  }

  private static String[] distinctGrams(CharSequence text) {
    String lower = StringUtil.toLowerCaseCharBuffer(NORMALIZER.normalize(text)).toString();
    Set<String> grams = new HashSet<>(lower.length() * 4);
    for (int length = SHORTEST_GRAM; length <= LONGEST_GRAM; length++) {
      for (int start = 0; start + length <= lower.length(); start++) {
        grams.add(lower.substring(start, start + length));
      }
    }
    return grams.toArray(new String[0]);
  }
}
