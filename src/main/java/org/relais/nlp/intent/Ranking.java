package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.relais.nlp.IntentScore;

/**
 * One message's calibrated probabilities seen the way the out-of-scope rule reads them: the intents
 * best first, the out-of-scope label's own probability, the best safety intent.
 *
 * <p>Intents are ordered by probability, then by name, so that the order never depends on the
 * model's internal one. A prediction needs only the first few: {@link #topIntents(int)} picks them
 * without sorting all of them (sorting every intent of every message was a tenth of the pipeline's
 * time, docs/benchmarks.md).
 */
public final class Ranking {

  private final double[] probabilities;
  private final List<String> outcomes;
  private final int outOfScopeIndex;
  private final IntentScore top;
  private final IntentScore bestSafety;

  private Ranking(
      double[] probabilities, List<String> outcomes, int outOfScopeIndex, Set<String> safety) {
    this.probabilities = probabilities;
    this.outcomes = outcomes;
    this.outOfScopeIndex = outOfScopeIndex;
    int top = -1;
    int safest = -1;
    for (int i = 0; i < probabilities.length; i++) {
      if (i == outOfScopeIndex) {
        continue;
      }
      if (top < 0 || ranksBefore(i, top)) {
        top = i;
      }
      if (safety.contains(outcomes.get(i)) && (safest < 0 || ranksBefore(i, safest))) {
        safest = i;
      }
    }
    this.top = top < 0 ? new IntentScore("", 0) : score(top);
    this.bestSafety = safest < 0 ? null : score(safest);
  }

  /**
   * @param probabilities calibrated, in the order of {@code outcomes}; kept, not copied
   * @param oosLabel the out-of-scope outcome, which may be absent from {@code outcomes}
   */
  public static Ranking of(
      double[] probabilities, List<String> outcomes, String oosLabel, Set<String> safetyIntents) {
    return new Ranking(probabilities, outcomes, outcomes.indexOf(oosLabel), safetyIntents);
  }

  /** In-scope intents, most probable first. */
  public List<IntentScore> intents() {
    return topIntents(Integer.MAX_VALUE);
  }

  /**
   * The {@code count} most probable in-scope intents (fewer when the model has fewer), best first.
   */
  public List<IntentScore> topIntents(int count) {
    int intents = probabilities.length - (outOfScopeIndex >= 0 ? 1 : 0);
    int wanted = Math.min(count, intents);
    List<IntentScore> best = new ArrayList<>(wanted);
    boolean[] taken = new boolean[probabilities.length];
    if (outOfScopeIndex >= 0) {
      taken[outOfScopeIndex] = true;
    }
    for (int rank = 0; rank < wanted; rank++) {
      int next = -1;
      for (int i = 0; i < probabilities.length; i++) {
        if (!taken[i] && (next < 0 || ranksBefore(i, next))) {
          next = i;
        }
      }
      taken[next] = true;
      best.add(score(next));
    }
    return List.copyOf(best);
  }

  public IntentScore top() {
    return top;
  }

  /** Probability of the trained out-of-scope class (0 when the corpus had none). */
  public double outOfScopeProbability() {
    return outOfScopeIndex < 0 ? 0 : probabilities[outOfScopeIndex];
  }

  /**
   * What the out-of-scope threshold is compared with: the best intent's confidence divided by the
   * trained out-of-scope class's probability to the power {@code oosClassWeight}. With weight 0 it
   * is the confidence alone; a higher weight also lets a close second place of the out-of-scope
   * class count, which the confidence misses when the class is one of many (chosen on held-out
   * data, see {@link ThresholdSearch}).
   */
  public double outOfScopeScore(double oosClassWeight) {
    if (oosClassWeight == 0) {
      return top.confidence();
    }
    // Floored like IntentScorer.soften: a class with probability 0 must not make the score
    // infinite.
    double outOfScope = Math.max(outOfScopeProbability(), Double.MIN_NORMAL);
    return top.confidence() * Math.pow(outOfScope, -oosClassWeight);
  }

  /** Whether the trained out-of-scope class beats every intent. */
  public boolean outOfScopeClassWins() {
    return outOfScopeProbability() > top.confidence();
  }

  /** The most probable safety intent, or null when the model has none. */
  public IntentScore bestSafety() {
    return bestSafety;
  }

  private boolean ranksBefore(int a, int b) {
    int byProbability = Double.compare(probabilities[b], probabilities[a]);
    return byProbability != 0 ? byProbability < 0 : outcomes.get(a).compareTo(outcomes.get(b)) < 0;
  }

  private IntentScore score(int index) {
    return new IntentScore(outcomes.get(index), probabilities[index]);
  }
}
