package org.relais.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.LabelledText;

/**
 * The examples a build learns from (VALIDATED and IN_MODEL), checked for size, with a fingerprint
 * that tells whether two builds learned from the same data.
 */
public record TrainingDataset(List<LabelledText> examples) {
  /** Fewer and the cross-validation has folds without the intent, and the model guesses. */
  public static final int MIN_PER_INTENT = 5;

  /** Below this a model is no better than a list of keywords. */
  public static final int MIN_TOTAL = 50;

  public TrainingDataset {
    examples = List.copyOf(examples);
  }

  /**
   * @throws TrainingException 400 naming what is missing: too few examples overall, fewer than two
   *     intents, or the intents with fewer than {@link #MIN_PER_INTENT} examples
   */
  public void checkBuildable() {
    Map<String, Integer> perIntent = new TreeMap<>();
    examples.forEach(e -> perIntent.merge(e.intent(), 1, Integer::sum));
    if (examples.size() < MIN_TOTAL) {
      throw new TrainingException(
          400,
          "examples",
          "the training data is too small: "
              + examples.size()
              + " examples, at least "
              + MIN_TOTAL
              + " needed");
    }
    long inScope =
        perIntent.keySet().stream().filter(i -> !i.equals(IntentPrediction.OUT_OF_SCOPE)).count();
    if (inScope < 2) {
      throw new TrainingException(400, "examples", "the training data needs at least two intents");
    }
    List<String> tooFew = new ArrayList<>();
    perIntent.forEach(
        (intent, count) -> {
          if (count < MIN_PER_INTENT) {
            tooFew.add(intent + " (" + count + ")");
          }
        });
    if (!tooFew.isEmpty()) {
      throw new TrainingException(
          400,
          "examples",
          "intents with fewer than "
              + MIN_PER_INTENT
              + " examples: "
              + String.join(", ", tooFew)
              + "; add examples or reject these");
    }
  }

  /** SHA-256 of the sorted (intent, text) pairs: the same data gives the same fingerprint. */
  public String fingerprint() {
    List<LabelledText> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparing(LabelledText::intent).thenComparing(LabelledText::text));
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (LabelledText example : sorted) {
        digest.update(
            (example.intent() + '\t' + example.text() + '\n').getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
