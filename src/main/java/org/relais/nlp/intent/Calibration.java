package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the model learns from held-out messages rather than from its training messages: the
 * temperature that calibrates its confidences, the out-of-scope threshold and the lower bar of the
 * safety intents. Nothing here is set by hand.
 *
 * <ul>
 *   <li>Temperature: minimises the negative log-likelihood of the held-out messages' true labels
 *       (Guo et al. 2017, "On calibration of modern neural networks").
 *   <li>Threshold: maximises in-scope accuracy + out-of-scope recall (Youden's J) on the held-out
 *       messages, applied to the best intent's confidence or, when the corpus has out-of-scope
 *       examples and it separates better, to the confidence lowered by the out-of-scope class's
 *       probability (its weight chosen on the same messages, {@link ThresholdSearch}). Out-of-scope
 *       messages are the messages of intents left out of the calibration model ({@link
 *       HeldOutSplit}) and the corpus's own out-of-scope examples when it has any; recall is the
 *       mean over these two kinds.
 *   <li>Safety bar: the lowest safety confidence among the held-out safety messages that the
 *       threshold alone would have answered with a routine intent, so that each of them would have
 *       reached a human; never above the threshold the confidence alone would get ({@link
 *       #safetyBarStart}).
 * </ul>
 */
public final class Calibration {

  /** What one held-out message scored under the calibration model. */
  public record HeldOut(String label, double[] rawProbabilities) {}

  /**
   * The fitted values and what they achieve on the held-out messages.
   *
   * @param metrics named numbers for the model's metrics file, sorted by name
   */
  public record Result(
      double temperature,
      double threshold,
      double oosClassWeight,
      double safetyThreshold,
      Map<String, Double> metrics) {}

  private final List<String> outcomes;
  private final String oosLabel;
  private final Set<String> safetyIntents;

  public Calibration(List<String> outcomes, String oosLabel, Set<String> safetyIntents) {
    this.outcomes = List.copyOf(outcomes);
    this.oosLabel = oosLabel;
    this.safetyIntents = Set.copyOf(safetyIntents);
  }

  /** Used when too little data is left to hold any out: confidences as the model gives them. */
  public static Result uncalibrated() {
    return new Result(1.0, 0.0, 0.0, 1.0, new TreeMap<>(Map.of("held_out_messages", 0.0)));
  }

  public Result fit(List<HeldOut> heldOut) {
    double temperature = fitTemperature(heldOut);
    List<Scored> scored = new ArrayList<>(heldOut.size());
    for (HeldOut message : heldOut) {
      double[] calibrated = IntentScorer.soften(message.rawProbabilities(), temperature);
      scored.add(new Scored(message.label(), kindOf(message.label()), rank(calibrated)));
    }
    ThresholdSearch.Choice choice = ThresholdSearch.best(scored, outcomes.contains(oosLabel));
    double threshold = choice.threshold();
    OutOfScopeRule withoutSafetyBar =
        new OutOfScopeRule(
            oosLabel, threshold, choice.oosClassWeight(), threshold, safetyIntents, Set.of());
    double safetyThreshold =
        safetyThreshold(scored, withoutSafetyBar, safetyBarStart(scored, choice));
    OutOfScopeRule rule =
        new OutOfScopeRule(
            oosLabel, threshold, choice.oosClassWeight(), safetyThreshold, safetyIntents, Set.of());
    Map<String, Double> metrics = new TreeMap<>();
    metrics.put("held_out_messages", (double) heldOut.size());
    metrics.put("temperature", temperature);
    metrics.put("nll_before", negativeLogLikelihood(heldOut, 1.0));
    metrics.put("nll_after", negativeLogLikelihood(heldOut, temperature));
    metrics.put("oos_threshold", threshold);
    metrics.put("oos_class_weight", choice.oosClassWeight());
    metrics.put("safety_threshold", safetyThreshold);
    metrics.putAll(ThresholdSearch.outcomeAt(scored, rule));
    return new Result(temperature, threshold, choice.oosClassWeight(), safetyThreshold, metrics);
  }

  /** Held-out message kinds: they count differently in the threshold's objective. */
  enum Kind {
    IN_SCOPE,
    LABELLED_OUT_OF_SCOPE,
    UNKNOWN_INTENT
  }

  /** A held-out message with its calibrated ranking. */
  record Scored(String label, Kind kind, Ranking ranking) {}

  private Kind kindOf(String label) {
    if (label.equals(oosLabel)) {
      return Kind.LABELLED_OUT_OF_SCOPE;
    }
    return outcomes.contains(label) ? Kind.IN_SCOPE : Kind.UNKNOWN_INTENT;
  }

  private Ranking rank(double[] calibrated) {
    return Ranking.of(calibrated, outcomes, oosLabel, safetyIntents);
  }

  /** Golden-section search of log(temperature) in [1/20, 20]. */
  private double fitTemperature(List<HeldOut> heldOut) {
    LabelledLogs logs = labelledLogs(heldOut);
    double low = Math.log(0.05);
    double high = Math.log(20);
    double ratio = (Math.sqrt(5) - 1) / 2;
    for (int step = 0; step < 50; step++) {
      double left = high - ratio * (high - low);
      double right = low + ratio * (high - low);
      if (logs.negativeLogLikelihood(Math.exp(left))
          <= logs.negativeLogLikelihood(Math.exp(right))) {
        high = right;
      } else {
        low = left;
      }
    }
    return Math.exp((low + high) / 2);
  }

  private double negativeLogLikelihood(List<HeldOut> heldOut, double temperature) {
    return labelledLogs(heldOut).negativeLogLikelihood(temperature);
  }

  /** Log-probabilities of the held-out messages whose true label the calibration model knows. */
  private LabelledLogs labelledLogs(List<HeldOut> heldOut) {
    List<double[]> logs = new ArrayList<>();
    List<Integer> truths = new ArrayList<>();
    for (HeldOut message : heldOut) {
      int truth = outcomes.indexOf(message.label());
      if (truth >= 0) {
        double[] log = new double[message.rawProbabilities().length];
        for (int i = 0; i < log.length; i++) {
          log[i] = Math.log(Math.max(message.rawProbabilities()[i], Double.MIN_NORMAL));
        }
        logs.add(log);
        truths.add(truth);
      }
    }
    return new LabelledLogs(logs, truths);
  }

  private record LabelledLogs(List<double[]> logs, List<Integer> truths) {

    /** Mean negative log-likelihood of the true labels under temperature scaling. */
    double negativeLogLikelihood(double temperature) {
      double sum = 0;
      for (int m = 0; m < logs.size(); m++) {
        double[] log = logs.get(m);
        double max = Double.NEGATIVE_INFINITY;
        for (double value : log) {
          max = Math.max(max, value / temperature);
        }
        double normaliser = 0;
        for (double value : log) {
          normaliser += Math.exp(value / temperature - max);
        }
        sum -= log[truths.get(m)] / temperature - max - Math.log(normaliser);
      }
      return logs.isEmpty() ? 0 : sum / logs.size();
    }
  }

  /**
   * The lowest safety confidence among held-out safety messages that the out-of-scope rule would
   * otherwise answer with a routine intent; {@code start} when there is none.
   */
  private double safetyThreshold(
      List<Scored> scored, OutOfScopeRule withoutSafetyBar, double start) {
    double bar = start;
    for (Scored s : scored) {
      Ranking ranking = s.ranking();
      boolean answeredWithRoutineIntent =
          !ranking.outOfScopeClassWins()
              && !withoutSafetyBar.underThreshold(ranking)
              && !safetyIntents.contains(ranking.top().intent());
      if (safetyIntents.contains(s.label())
          && answeredWithRoutineIntent
          && ranking.bestSafety() != null) {
        bar = Math.min(bar, ranking.bestSafety().confidence());
      }
    }
    return bar;
  }

  /**
   * Where the safety bar starts before the held-out safety messages lower it: the threshold that
   * the best intent's confidence alone would get, so that a safety intent confident enough to be
   * answered on its own also wins over a routine intent. With the out-of-scope class weighed in,
   * the chosen threshold applies to a score that may exceed 1, not to a confidence, so the
   * confidence-only threshold is searched for this. Without any threshold (0: nothing separates
   * out-of-scope messages), a bar of 0 would turn every message into a safety intent: it starts at
   * 1, and only the held-out safety messages lower it.
   */
  static double safetyBarStart(List<Scored> scored, ThresholdSearch.Choice choice) {
    double confidenceThreshold =
        choice.oosClassWeight() == 0 ? choice.threshold() : ThresholdSearch.bestThreshold(scored);
    return confidenceThreshold > 0 ? confidenceThreshold : 1.0;
  }
}
