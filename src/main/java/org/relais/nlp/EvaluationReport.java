package org.relais.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a model did on labelled test messages. Out-of-scope messages are labelled {@value
 * IntentPrediction#OUT_OF_SCOPE}; an in-scope message predicted out of scope counts as wrong.
 *
 * @param testMessages number of test messages
 * @param accuracy share of messages given their label (out of scope included)
 * @param inScopeAccuracy share of in-scope messages given their intent
 * @param oosRecall share of out-of-scope messages predicted out of scope (0 without any)
 * @param oosPrecision share of out-of-scope predictions that were out-of-scope messages
 * @param macroF1 mean F1 over the labels of the test messages
 * @param safetyMessages test messages labelled with a safety intent
 * @param safetyToHuman of them, those predicted as a safety intent or out of scope
 * @param perIntent precision, recall and F1 of each label, sorted by label
 * @param confusion counts of (label, prediction) pairs
 */
public record EvaluationReport(
    int testMessages,
    double accuracy,
    double inScopeAccuracy,
    double oosRecall,
    double oosPrecision,
    double macroF1,
    int safetyMessages,
    int safetyToHuman,
    List<IntentMetrics> perIntent,
    ConfusionMatrix confusion) {

  /** One label's scores. */
  public record IntentMetrics(
      String intent, int support, int predicted, double precision, double recall, double f1) {}

  /** A label and the prediction it was confused with, and how often. */
  public record ConfusedPair(String actual, String predicted, int count) {}

  /** Counts of each (label, prediction) pair; labels sorted. */
  public record ConfusionMatrix(List<String> labels, int[][] counts) {

    public int count(String actual, String predicted) {
      int row = labels.indexOf(actual);
      int column = labels.indexOf(predicted);
      return row < 0 || column < 0 ? 0 : counts[row][column];
    }
  }

  /** One test message's label and what the model said. */
  public record Outcome(String actual, String predicted) {}

  /** The pairs most often confused, most frequent first. */
  public List<ConfusedPair> mostConfused(int limit) {
    List<ConfusedPair> pairs = new ArrayList<>();
    List<String> labels = confusion.labels();
    for (int row = 0; row < labels.size(); row++) {
      for (int column = 0; column < labels.size(); column++) {
        int count = confusion.counts()[row][column];
        if (row != column && count > 0) {
          pairs.add(new ConfusedPair(labels.get(row), labels.get(column), count));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt(ConfusedPair::count)
            .reversed()
            .thenComparing(ConfusedPair::actual)
            .thenComparing(ConfusedPair::predicted));
    return pairs.subList(0, Math.min(limit, pairs.size()));
  }

  /**
   * Scores a list of outcomes, out-of-scope ones labelled {@value IntentPrediction#OUT_OF_SCOPE}.
   */
  public static EvaluationReport of(List<Outcome> outcomes, Set<String> safetyIntents) {
    String oos = IntentPrediction.OUT_OF_SCOPE;
    int inScope = 0, inScopeRight = 0, right = 0, oosActual = 0, oosPredicted = 0, oosRight = 0;
    int safety = 0, safetyToHuman = 0;
    Map<String, int[]> byLabel = new TreeMap<>(); // support, predicted, true positives
    TreeSet<String> labels = new TreeSet<>();
    for (Outcome o : outcomes) {
      labels.add(o.actual());
      labels.add(o.predicted());
      boolean correct = o.actual().equals(o.predicted());
      right += correct ? 1 : 0;
      byLabel.computeIfAbsent(o.actual(), k -> new int[3])[0]++;
      byLabel.computeIfAbsent(o.predicted(), k -> new int[3])[1]++;
      byLabel.get(o.actual())[2] += correct ? 1 : 0;
      if (o.actual().equals(oos)) {
        oosActual++;
        oosRight += correct ? 1 : 0;
      } else {
        inScope++;
        inScopeRight += correct ? 1 : 0;
      }
      oosPredicted += o.predicted().equals(oos) ? 1 : 0;
      if (safetyIntents.contains(o.actual())) {
        safety++;
        boolean human = o.predicted().equals(oos) || safetyIntents.contains(o.predicted());
        safetyToHuman += human ? 1 : 0;
      }
    }
    List<IntentMetrics> perIntent = new ArrayList<>();
    double f1Sum = 0;
    int f1Count = 0;
    for (Map.Entry<String, int[]> entry : byLabel.entrySet()) {
      int[] c = entry.getValue();
      double precision = ratio(c[2], c[1]);
      double recall = ratio(c[2], c[0]);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perIntent.add(new IntentMetrics(entry.getKey(), c[0], c[1], precision, recall, f1));
      if (c[0] > 0) {
        f1Sum += f1;
        f1Count++;
      }
    }
    return new EvaluationReport(
        outcomes.size(),
        ratio(right, outcomes.size()),
        ratio(inScopeRight, inScope),
        ratio(oosRight, oosActual),
        ratio(oosRight, oosPredicted),
        f1Count == 0 ? 0 : f1Sum / f1Count,
        safety,
        safetyToHuman,
        List.copyOf(perIntent),
        confusion(outcomes, List.copyOf(labels)));
  }

  private static ConfusionMatrix confusion(List<Outcome> outcomes, List<String> labels) {
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      index.put(labels.get(i), i);
    }
    int[][] counts = new int[labels.size()][labels.size()];
    for (Outcome o : outcomes) {
      counts[index.get(o.actual())][index.get(o.predicted())]++;
    }
    return new ConfusionMatrix(labels, counts);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
