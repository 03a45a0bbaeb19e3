package org.relais.nlp.intent;

import java.util.ArrayList;
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

/** The out-of-scope threshold that best separates held-out in-scope and out-of-scope messages. */
final class ThresholdSearch {

  private ThresholdSearch() {}

  /**
   * Sweeps every threshold between two neighbouring held-out confidences and keeps the one with the
   * highest in-scope accuracy + mean out-of-scope recall; the lowest such threshold on ties.
   */
  static double bestThreshold(List<Scored> scored) {
    List<Scored> ascending = new ArrayList<>(scored);
    ascending.sort(Comparator.comparingDouble(s -> s.ranking().top().confidence()));
    Counts counts = new Counts(scored);
    double bestThreshold = 0;
    double bestObjective = counts.objective();
    int i = 0;
    while (i < ascending.size()) {
      double confidence = ascending.get(i).ranking().top().confidence();
      while (i < ascending.size() && ascending.get(i).ranking().top().confidence() == confidence) {
        counts.reject(ascending.get(i));
        i++;
      }
      if (i == ascending.size()) {
        break; // rejecting everything is never the answer
      }
      double next = ascending.get(i).ranking().top().confidence();
      double objective = counts.objective();
      if (objective > bestObjective) {
        bestObjective = objective;
        bestThreshold = (confidence + next) / 2;
      }
    }
    return bestThreshold;
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

    double objective() {
      double recall = 0;
      for (int[] counts : outOfScope.values()) {
        recall += (double) counts[1] / counts[0];
      }
      double meanRecall = outOfScope.isEmpty() ? 0 : recall / outOfScope.size();
      return ratio(inScopeAccepted, inScope) + meanRecall;
    }
  }
}
