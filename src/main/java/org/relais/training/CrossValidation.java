package org.relais.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.relais.nlp.EvaluationReport;
import org.relais.nlp.IntentTrainer;
import org.relais.nlp.LabelledText;
import org.relais.nlp.ModelEvaluation;
import org.relais.nlp.TrainingOptions;

/**
 * {@link ModelEvaluation#crossValidate} run fold by fold, so that a build can report its progress;
 * the outcomes are pooled the same way (read back from each fold's confusion matrix).
 */
final class CrossValidation {
  private CrossValidation() {}

  /**
   * @param foldDone called with the number of folds done so far
   */
  static EvaluationReport run(
      List<LabelledText> data, TrainingOptions options, int folds, IntConsumer foldDone) {
    List<List<LabelledText>> parts = ModelEvaluation.stratifiedFolds(data, folds, options.seed());
    IntentTrainer trainer = new IntentTrainer(options);
    List<EvaluationReport.Outcome> pooled = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<LabelledText> train = new ArrayList<>();
      for (int other = 0; other < folds; other++) {
        if (other != fold) {
          train.addAll(parts.get(other));
        }
      }
      EvaluationReport report = ModelEvaluation.evaluate(trainer.train(train), parts.get(fold));
      pooled.addAll(outcomes(report.confusion()));
      foldDone.accept(fold + 1);
    }
    return EvaluationReport.of(pooled, options.safetyIntents());
  }

  private static List<EvaluationReport.Outcome> outcomes(EvaluationReport.ConfusionMatrix matrix) {
    List<EvaluationReport.Outcome> outcomes = new ArrayList<>();
    List<String> labels = matrix.labels();
    for (int row = 0; row < labels.size(); row++) {
      for (int column = 0; column < labels.size(); column++) {
        for (int i = 0; i < matrix.counts()[row][column]; i++) {
          outcomes.add(new EvaluationReport.Outcome(labels.get(row), labels.get(column)));
        }
      }
    }
    return outcomes;
  }
}
