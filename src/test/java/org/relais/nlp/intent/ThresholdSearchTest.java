package org.relais.nlp.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.nlp.intent.Calibration.Kind;
import org.relais.nlp.intent.Calibration.Scored;

class ThresholdSearchTest {

  private static final List<String> OUTCOMES = List.of("a", "b");

  @Test
  void separableConfidences_giveAThresholdBetweenThem() {
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      scored.add(inScope("a", 0.9 + i * 0.005, true));
      scored.add(unknown(0.55 + i * 0.005));
    }
    double threshold = ThresholdSearch.bestThreshold(scored);
    assertTrue(threshold > 0.6 && threshold < 0.9, "threshold " + threshold);
  }

  @Test
  void threshold_neverCostsMoreThanTheAllowedShareOfAnswerableQuestions() {
    // 100 right in-scope answers spread over 0.51..0.99, out-of-scope all at 0.995: catching
    // them would reject every in-scope answer, and accuracy + recall alone would prefer that.
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      scored.add(inScope("a", 0.51 + i * 0.0048, true));
    }
    for (int i = 0; i < 100; i++) {
      scored.add(unknown(0.51 + i * 0.0001));
    }
    double threshold = ThresholdSearch.bestThreshold(scored);
    long rejected =
        scored.stream()
            .filter(s -> s.kind() == Kind.IN_SCOPE)
            .filter(s -> s.ranking().top().confidence() < threshold)
            .count();
    assertTrue(rejected <= 100 * ThresholdSearch.MAX_IN_SCOPE_LOSS, "rejected " + rejected);
    assertTrue(threshold > 0.51, "it still rejects the out-of-scope messages it can");
  }

  @Test
  void noOutOfScopeSignal_keepsEveryAnswer() {
    List<Scored> scored = List.of(inScope("a", 0.6, true), inScope("b", 0.7, true));
    assertEquals(0.0, ThresholdSearch.bestThreshold(scored));
  }

  @Test
  void best_weighsTheOutOfScopeClass_whenItIsACloseSecondOnlyForOutOfScopeMessages() {
    // Same best confidence everywhere: only the out-of-scope class's share tells them apart.
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      scored.add(new Scored("a", Kind.IN_SCOPE, withOosClass(0.6, 0.01 + i * 0.001)));
      scored.add(new Scored("c", Kind.UNKNOWN_INTENT, withOosClass(0.6, 0.3 + i * 0.001)));
    }
    ThresholdSearch.Choice choice = ThresholdSearch.best(scored, true);
    assertTrue(choice.oosClassWeight() > 0, "weight " + choice.oosClassWeight());
    long caught =
        scored.stream()
            .filter(s -> s.kind() == Kind.UNKNOWN_INTENT)
            .filter(s -> s.ranking().outOfScopeScore(choice.oosClassWeight()) < choice.threshold())
            .count();
    long lost =
        scored.stream()
            .filter(s -> s.kind() == Kind.IN_SCOPE)
            .filter(s -> s.ranking().outOfScopeScore(choice.oosClassWeight()) < choice.threshold())
            .count();
    assertEquals(50, caught);
    assertEquals(0, lost);
  }

  @Test
  void best_keepsTheConfidenceAlone_withoutAnOutOfScopeClass() {
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      scored.add(inScope("a", 0.9 + i * 0.005, true));
      scored.add(unknown(0.55 + i * 0.005));
    }
    ThresholdSearch.Choice choice = ThresholdSearch.best(scored, false);
    assertEquals(0.0, choice.oosClassWeight());
    assertEquals(ThresholdSearch.bestThreshold(scored), choice.threshold());
  }

  @Test
  void safetyBar_startsAtTheConfidenceOnlyThreshold_evenWhenTheOutOfScopeClassIsWeighedIn() {
    // Confidences separate in-scope (0.80-0.89) from out-of-scope (0.55-0.64) messages, and the
    // out-of-scope class separates them too: whatever weight wins, the bar is on a confidence.
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      scored.add(new Scored("a", Kind.IN_SCOPE, withOosClass(0.80 + i * 0.01, 0.01)));
      scored.add(new Scored("c", Kind.UNKNOWN_INTENT, withOosClass(0.55 + i * 0.01, 0.30)));
    }
    double confidenceOnly = ThresholdSearch.bestThreshold(scored);
    assertTrue(confidenceOnly > 0.6 && confidenceOnly < 0.8, "threshold " + confidenceOnly);
    for (double weight : List.of(0.0, 0.5, 1.0)) {
      ThresholdSearch.Choice choice = ThresholdSearch.bestThreshold(scored, weight);
      assertEquals(confidenceOnly, Calibration.safetyBarStart(scored, choice), "weight " + weight);
    }
  }

  @Test
  void safetyBar_startsAtOne_whenNoThresholdWasFound_ratherThanPromotingEverySafetyIntent() {
    List<Scored> scored = List.of(inScope("a", 0.6, true), inScope("b", 0.7, true));
    ThresholdSearch.Choice none = ThresholdSearch.best(scored, false);
    assertEquals(0.0, none.threshold());
    assertEquals(1.0, Calibration.safetyBarStart(scored, none));
  }

  /** Intent "a" first with {@code confidence}, the out-of-scope class with {@code oos}. */
  private static Ranking withOosClass(double confidence, double oos) {
    double[] probabilities = {confidence, 1 - confidence - oos, oos};
    return Ranking.of(probabilities, List.of("a", "b", "oos"), "oos", Set.of());
  }

  private static Scored inScope(String label, double confidence, boolean right) {
    String top = right ? label : (label.equals("a") ? "b" : "a");
    return new Scored(label, Kind.IN_SCOPE, ranking(top, confidence));
  }

  private static Scored unknown(double confidence) {
    return new Scored("c", Kind.UNKNOWN_INTENT, ranking("a", confidence));
  }

  private static Ranking ranking(String top, double confidence) {
    double[] probabilities =
        top.equals("a")
            ? new double[] {confidence, 1 - confidence}
            : new double[] {1 - confidence, confidence};
    return Ranking.of(probabilities, OUTCOMES, "oos", Set.of());
  }
}
