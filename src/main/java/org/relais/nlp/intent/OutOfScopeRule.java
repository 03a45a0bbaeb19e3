package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentScore;
import org.relais.nlp.language.LanguageDetection;

/**
 * When the bot must not answer: the message is in a language the model never learnt, or the trained
 * out-of-scope class wins, or the message's out-of-scope score (the best intent's calibrated
 * confidence, lowered by the out-of-scope class's probability as much as {@link #oosClassWeight()}
 * says: {@link Ranking#outOfScopeScore(double)}) is under {@link #threshold()}. Safety intents have
 * a lower bar of their own, {@link #safetyThreshold()}: a safety intent above it is the prediction
 * even when a routine intent ranks first, so that a distress message is not answered with a routine
 * reply. Both bars are chosen on held-out data at training time ({@link Calibration}), and so is
 * the weight.
 */
public record OutOfScopeRule(
    String oosLabel,
    double threshold,
    double oosClassWeight,
    double safetyThreshold,
    Set<String> safetyIntents,
    Set<String> languages) {

  public OutOfScopeRule {
    safetyIntents = Set.copyOf(safetyIntents);
    languages = Set.copyOf(languages);
  }

  /** The prediction for one message; the best {@code topCount} intents are kept. */
  public IntentPrediction decide(Ranking ranking, LanguageDetection language, int topCount) {
    List<IntentScore> top = ranking.topIntents(topCount);
    String code = language.language();
    if (speaksAnotherLanguage(language) || ranking.outOfScopeClassWins()) {
      return new IntentPrediction(top, code, true);
    }
    IntentScore safety = ranking.bestSafety();
    if (safety != null && safety.confidence() >= safetyThreshold) {
      return new IntentPrediction(safetyFirst(top, safety), code, false);
    }
    return new IntentPrediction(top, code, underThreshold(ranking));
  }

  /** Whether the message's out-of-scope score is too low to answer it with its best intent. */
  public boolean underThreshold(Ranking ranking) {
    return ranking.outOfScopeScore(oosClassWeight) < threshold;
  }

  /** Whether the message shows a language the model was not trained on. */
  public boolean speaksAnotherLanguage(LanguageDetection language) {
    return language.certain() && !languages.isEmpty() && !languages.contains(language.language());
  }

  private static List<IntentScore> safetyFirst(List<IntentScore> top, IntentScore safety) {
    if (!top.isEmpty() && top.get(0).equals(safety)) {
      return top;
    }
    List<IntentScore> reordered = new ArrayList<>(top.size());
    reordered.add(safety);
    for (IntentScore score : top) {
      if (!score.equals(safety) && reordered.size() < top.size()) {
        reordered.add(score);
      }
    }
    return reordered;
  }
}
