package org.relais.training;

import java.util.List;
import org.relais.nlp.EvaluationReport;

/**
 * A build's evaluation, stored as JSON with its version: stratified cross-validation on its
 * training data, the held-out test examples, and the model active at build time on the same
 * held-out examples, to show side by side.
 *
 * @param activeVersion the active model's version hash at build time (null without one)
 */
public record BuildMetrics(
    int folds,
    int trainingExamples,
    Figures crossValidation,
    Figures heldOut,
    String activeVersion,
    Figures activeHeldOut) {

  /** One evaluation's figures. */
  public record Figures(
      int testMessages,
      double accuracy,
      double inScopeAccuracy,
      double oosRecall,
      double oosPrecision,
      double macroF1,
      int safetyMessages,
      int safetyToHuman,
      List<IntentFigures> perIntent,
      List<String> labels,
      int[][] confusion) {

    public static Figures of(EvaluationReport report) {
      return new Figures(
          report.testMessages(),
          report.accuracy(),
          report.inScopeAccuracy(),
          report.oosRecall(),
          report.oosPrecision(),
          report.macroF1(),
          report.safetyMessages(),
          report.safetyToHuman(),
          report.perIntent().stream()
              .map(
                  m ->
                      new IntentFigures(m.intent(), m.support(), m.precision(), m.recall(), m.f1()))
              .toList(),
          report.confusion().labels(),
          report.confusion().counts());
    }
  }

  /** One intent's scores. */
  public record IntentFigures(
      String intent, int support, double precision, double recall, double f1) {}
}
