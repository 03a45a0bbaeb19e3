package org.relais.nlp.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relais.nlp.EvaluationReport;
import org.relais.nlp.IntentModel;

/**
 * The metrics file written beside a model: what it was trained on, how it was calibrated and how it
 * did on each test file. Deterministic (no dates, no durations) and one number per line, so that a
 * retrained model's diff shows what changed.
 */
final class MetricsFile {

  private MetricsFile() {}

  static Map<String, Object> of(
      IntentModel model, List<String> dataFiles, Map<String, EvaluationReport> tests) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("model_version", model.version());
    metrics.put("training_files", dataFiles);
    Map<String, Object> training = new TreeMap<>();
    Map<String, Object> calibration = new TreeMap<>();
    model
        .properties()
        .forEach(
            (key, value) -> {
              if (key.startsWith("calibration.")) {
                calibration.put(key.substring("calibration.".length()), Double.valueOf(value));
              } else {
                training.put(key, value);
              }
            });
    training.put("intents", model.intents().size());
    metrics.put("training", training);
    metrics.put("calibration", calibration);
    Map<String, Object> testResults = new LinkedHashMap<>();
    tests.forEach((file, report) -> testResults.put(file, testResult(report)));
    metrics.put("tests", testResults);
    return metrics;
  }

  static Map<String, Object> headline(EvaluationReport report) {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("in_scope_accuracy", report.inScopeAccuracy());
    numbers.put("oos_recall", report.oosRecall());
    numbers.put("oos_precision", report.oosPrecision());
    numbers.put("macro_f1", report.macroF1());
    numbers.put("accuracy", report.accuracy());
    numbers.put("n_test", report.testMessages());
    numbers.put("safety_messages", report.safetyMessages());
    numbers.put("safety_to_human", report.safetyToHuman());
    return numbers;
  }

  private static Map<String, Object> testResult(EvaluationReport report) {
    Map<String, Object> result = headline(report);
    Map<String, Object> f1 = new TreeMap<>();
    for (EvaluationReport.IntentMetrics intent : report.perIntent()) {
      if (intent.support() > 0) {
        f1.put(intent.intent(), intent.f1());
      }
    }
    result.put("f1_per_intent", f1);
    return result;
  }
}
