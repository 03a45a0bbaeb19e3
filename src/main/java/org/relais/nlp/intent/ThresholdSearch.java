package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.intent.Calibration.Kind;
import org.relais.nlp.intent.Calibration.Scored;
import org.relais.nlp.language.LanguageDetection;

/**
 * The out-of-scope threshold, and the weight of the out-of-scope class in the score it applies to,
 * that best separate held-out in-scope and out-of-scope messages.
 */
final class ThresholdSearch {

  /**
   * How much held-out in-scope accuracy the threshold may cost, in absolute terms. Maximising
   * accuracy + recall alone trades one correct answer for one caught out-of-scope message; on data
   * with few held-out out-of-scope messages, or intents that resemble each other, that rejects a
   * quarter of the answerable questions (banking77: 92 % to 73 %). A bot that hands over most
   * questions it could answer is useless, so the threshold stops where it has cost this much; the
   * safety intents have their own bar and are not limited by it.
   */
  static final double MAX_IN_SCOPE_LOSS = 0.02;

  private ThresholdSearch() {}

  /**
   * Weights of the out-of-scope class in the score ({@link Ranking#outOfScopeScore(double)}) that
   * {@link #best} tries: a fixed grid, not a tuned value. 0 is the best intent's confidence alone.
   */
  static final List<Double> OOS_CLASS_WEIGHTS = weightGrid();

  /** A threshold on the out-of-scope score with a given weight, and what it achieves. */
  record Choice(double oosClassWeight, double threshold, double objective) {}

  /**
   * The weight and threshold with the highest held-out objective ({@link #bestThreshold(List,
   * double)}); the lowest weight on ties. Without a trained out-of-scope class, only weight 0.
   */
  static Choice best(List<Scored> scored, boolean hasOutOfScopeClass) {
    Choice best = bestThreshold(scored, 0);
    if (!hasOutOfScopeClass) {
      return best;
    }
    for (double weight : OOS_CLASS_WEIGHTS) {
      Choice choice = bestThreshold(scored, weight);
      if (choice.objective() > best.objective()) {
        best = choice;
      }
    }
    return best;
  }

  /** The threshold on the best intent's confidence alone (weight 0). */
  static double bestThreshold(List<Scored> scored) {
    return bestThreshold(scored, 0).threshold();
  }

  /**
   * Sweeps every threshold between two neighbouring held-out scores and keeps the one with the
   * highest in-scope accuracy + mean out-of-scope recall, among those that lose at most {@link
   * #MAX_IN_SCOPE_LOSS} of in-scope accuracy; the lowest such threshold on ties.
   */
  static Choice bestThreshold(List<Scored> scored, double oosClassWeight) {
    int size = scored.size();
    double[] scores = new double[size];
    Integer[] ascending = new Integer[size];
    for (int i = 0; i < size; i++) {
      scores[i] = scored.get(i).ranking().outOfScopeScore(oosClassWeight);
      ascending[i] = i;
    }
    Arrays.sort(ascending, Comparator.comparingDouble(i -> scores[i]));
    Counts counts = new Counts(scored);
    double bestThreshold = 0;
    double bestObjective = counts.objective();
    double lowestAccuracy = counts.inScopeAccuracy() - MAX_IN_SCOPE_LOSS;
    int i = 0;
    while (i < size) {
      double score = scores[ascending[i]];
      while (i < size && scores[ascending[i]] == score) {
        counts.reject(scored.get(ascending[i]));
        i++;
      }
      if (i == size) {
        break; // rejecting everything is never the answer
      }
      if (counts.inScopeAccuracy() < lowestAccuracy) {
        break; // a higher threshold only rejects more
      }
      double next = scores[ascending[i]];
      double objective = counts.objective();
      if (objective > bestObjective) {
        bestObjective = objective;
        bestThreshold = (score + next) / 2;
      }
    }
    return new Choice(oosClassWeight, bestThreshold, bestObjective);
  }

  /** 0.05 to 1 by 0.05: from a slight nudge of the confidence to the odds against the class. */
  private static List<Double> weightGrid() {
    List<Double> weights = new ArrayList<>();
    for (int step = 1; step <= 20; step++) {
      weights.add(step / 20.0);
    }
    return List.copyOf(weights);
  }

  /** In-scope accuracy, out-of-scope recall and safety outcome under the chosen rule. */
  static Map<String, Double> outcomeAt(List<Scored> scored, OutOfScopeRule rule) {
    LanguageDetection noLanguage = new LanguageDetection(LanguageDetection.UNDETERMINED, false);
    int inScope = 0;
    int inScopeRight = 0;
    Map<Kind, int[]> recall = new EnumMap<>(Kind.class);
    int safetyMessages = 0;
    int safetyToHuman = 0;
    int falseAlarms = 0;
    for (Scored s : scored) {
      IntentPrediction prediction = rule.decide(s.ranking(), noLanguage, 1);
      String predicted = prediction.intent();
      boolean safetyPredicted = rule.safetyIntents().contains(predicted);
      if (s.kind() == Kind.IN_SCOPE) {
        inScope++;
        inScopeRight += predicted.equals(s.label()) ? 1 : 0;
        boolean safetyLabel = rule.safetyIntents().contains(s.label());
        safetyMessages += safetyLabel ? 1 : 0;
        safetyToHuman += safetyLabel && (prediction.outOfScope() || safetyPredicted) ? 1 : 0;
        falseAlarms += !safetyLabel && safetyPredicted ? 1 : 0;
      } else {
        int[] counts = recall.computeIfAbsent(s.kind(), k -> new int[2]);
        counts[0]++;
        counts[1] += prediction.outOfScope() ? 1 : 0;
      }
    }
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("held_out_in_scope_accuracy", ratio(inScopeRight, inScope));
    recall.forEach(
        (kind, counts) ->
            metrics.put(
                "held_out_oos_recall_" + kind.name().toLowerCase(Locale.ROOT),
                ratio(counts[1], counts[0])));
    metrics.put("held_out_safety_messages", (double) safetyMessages);
    metrics.put("held_out_safety_to_human", (double) safetyToHuman);
    metrics.put("held_out_safety_false_alarms", (double) falseAlarms);
    return metrics;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** Running counts while the threshold rises past one message after another. */
  private static final class Counts {
    private final int inScope;
    private int inScopeAccepted;
    private final Map<Kind, int[]> outOfScope = new EnumMap<>(Kind.class);

    Counts(List<Scored> scored) {
      int inScopeCount = 0;
      int accepted = 0;
      for (Scored s : scored) {
        if (s.kind() == Kind.IN_SCOPE) {
          inScopeCount++;
          accepted += rightWithoutThreshold(s) ? 1 : 0;
        } else {
          int[] counts = outOfScope.computeIfAbsent(s.kind(), k -> new int[2]);
          counts[0]++;
          counts[1] += s.ranking().outOfScopeClassWins() ? 1 : 0;
        }
      }
      this.inScope = inScopeCount;
      this.inScopeAccepted = accepted;
    }

    private static boolean rightWithoutThreshold(Scored s) {
      return !s.ranking().outOfScopeClassWins() && s.ranking().top().intent().equals(s.label());
    }

    void reject(Scored s) {
      if (s.kind() == Kind.IN_SCOPE) {
        inScopeAccepted -= rightWithoutThreshold(s) ? 1 : 0;
      } else if (!s.ranking().outOfScopeClassWins()) {
        outOfScope.get(s.kind())[1]++;
      }
    }

    double inScopeAccuracy() {
      return ratio(inScopeAccepted, inScope);
    }

    double objective() {
      double recall = 0;
      for (int[] counts : outOfScope.values()) {
        recall += (double) counts[1] / counts[0];
      }
      double meanRecall = outOfScope.isEmpty() ? 0 : recall / outOfScope.size();
      return inScopeAccuracy() + meanRecall;
    }
  }
}
