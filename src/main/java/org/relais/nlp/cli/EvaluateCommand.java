package org.relais.nlp.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relais.nlp.EvaluationReport;
import org.relais.nlp.IntentModel;
import org.relais.nlp.LabelledText;
import org.relais.nlp.ModelEvaluation;
import org.relais.nlp.TrainingOptions;

/**
 * {@code evaluate (--train FILE... | --model MODEL) --test FILE...}: per-intent scores, the most
 * confused pairs, the headline numbers, and as the last line one JSON object with them. Without
 * --train and --model, the shipped model is evaluated.
 */
final class EvaluateCommand {

  private EvaluateCommand() {}

  static void run(Arguments arguments, PrintStream out) throws BadInputException {
    if (arguments.has("--train") && arguments.has("--model")) {
      throw new BadInputException("evaluate takes --train or --model, not both");
    }
    List<String> testFiles = arguments.values("--test");
    if (testFiles.isEmpty()) {
      throw new BadInputException("evaluate needs --test FILE (see --help)");
    }
    String oosLabel = arguments.value("--oos-label", TrainingOptions.defaults().oosLabel());
    List<LabelledText> test = Corpora.read(testFiles);
    List<String> trainFiles = arguments.values("--train");
    double trainSeconds = 0;
    IntentModel model;
    if (!trainFiles.isEmpty()) {
      List<LabelledText> data = Corpora.read(trainFiles);
      long start = System.nanoTime();
      model = TrainCommand.train(data, oosLabel, trainFiles);
      trainSeconds = (System.nanoTime() - start) / 1e9;
    } else {
      model = Corpora.modelOrShipped(arguments);
    }
    warnAboutUnknownIntents(model, test, oosLabel, out);
    EvaluationReport report = ModelEvaluation.evaluate(model, test, oosLabel);
    EvaluationPrinter.print(report, out);
    Map<String, Object> json = MetricsFile.headline(report);
    json.put("train_seconds", trainSeconds);
    json.put("model_version", model.version());
    out.println(Json.compact(json));
  }

  /** Test intents the model cannot predict can only count as errors: say so, before the report. */
  private static void warnAboutUnknownIntents(
      IntentModel model, List<LabelledText> test, String oosLabel, PrintStream out) {
    List<String> unknown = new ArrayList<>();
    for (LabelledText example : test) {
      String intent = example.intent();
      if (!intent.equals(oosLabel)
          && !model.intents().contains(intent)
          && !unknown.contains(intent)) {
        unknown.add(intent);
      }
    }
    if (!unknown.isEmpty()) {
      out.println(
          "note: the model does not know these test intents: " + String.join(", ", unknown));
    }
  }
}
