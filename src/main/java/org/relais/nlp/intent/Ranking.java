package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.relais.nlp.IntentScore;

/**
 * One message's calibrated probabilities seen the way the out-of-scope rule reads them: the intents
 * best first, the out-of-scope label's own probability, the best safety intent.
 */
public final class Ranking {

  private final List<IntentScore> intents;
  private final double outOfScopeProbability;
  private final IntentScore bestSafety;

  private Ranking(List<IntentScore> intents, double outOfScope, IntentScore bestSafety) {
    this.intents = intents;
    this.outOfScopeProbability = outOfScope;
    this.bestSafety = bestSafety;
  }

  /**
   * @param probabilities calibrated, in the order of {@code outcomes}
   * @param oosLabel the out-of-scope outcome, which may be absent from {@code outcomes}
   */
  public static Ranking of(
      double[] probabilities, List<String> outcomes, String oosLabel, Set<String> safetyIntents) {
    Integer[] order = new Integer[probabilities.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Ties (rare) break by name so that the ranking never depends on the model's internal order.
    Arrays.sort(
        order,
        (a, b) -> {
          int byProbability = Double.compare(probabilities[b], probabilities[a]);
          return byProbability != 0 ? byProbability : outcomes.get(a).compareTo(outcomes.get(b));
        });
    List<IntentScore> intents = new ArrayList<>(order.length);
    double outOfScope = 0;
    IntentScore bestSafety = null;
    for (int index : order) {
      String outcome = outcomes.get(index);
      if (outcome.equals(oosLabel)) {
        outOfScope = probabilities[index];
        continue;
      }
      IntentScore score = new IntentScore(outcome, probabilities[index]);
      intents.add(score);
      if (bestSafety == null && safetyIntents.contains(outcome)) {
        bestSafety = score;
      }
    }
    return new Ranking(List.copyOf(intents), outOfScope, bestSafety);
  }

  /** In-scope intents, most probable first. */
  public List<IntentScore> intents() {
    return intents;
  }

  public IntentScore top() {
    return intents.isEmpty() ? new IntentScore("", 0) : intents.get(0);
  }

  /** Probability of the trained out-of-scope class (0 when the corpus had none). */
  public double outOfScopeProbability() {
    return outOfScopeProbability;
  }

  /** Whether the trained out-of-scope class beats every intent. */
  public boolean outOfScopeClassWins() {
    return outOfScopeProbability > top().confidence();
  }

  /** The most probable safety intent, or null when the model has none. */
  public IntentScore bestSafety() {
    return bestSafety;
  }
}
