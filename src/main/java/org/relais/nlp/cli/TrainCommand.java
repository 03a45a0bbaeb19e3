package org.relais.nlp.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.nlp.EvaluationReport;
import org.relais.nlp.IntentModel;
import org.relais.nlp.IntentTrainer;
import org.relais.nlp.LabelledText;
import org.relais.nlp.ModelEvaluation;
import org.relais.nlp.TrainingOptions;

/**
 * {@code train --data FILE... [--out MODEL] [--test FILE...]}: trains a model and writes it with
 * its metrics file beside it ({@code MODEL} without its extension, plus {@code .metrics.json}).
 */
final class TrainCommand {

  static final String DEFAULT_OUT = "intent-model.bin";

  private TrainCommand() {}

  static void run(Arguments arguments, PrintStream out) throws BadInputException {
    List<String> dataFiles = arguments.values("--data");
    if (dataFiles.isEmpty()) {
      throw new BadInputException("train needs --data FILE (see --help)");
    }
    String oosLabel = arguments.value("--oos-label", TrainingOptions.defaults().oosLabel());
    List<LabelledText> data = Corpora.read(dataFiles);
    Map<String, List<LabelledText>> tests = new LinkedHashMap<>();
    for (String testFile : arguments.values("--test")) {
      tests.put(testFile, Corpora.read(List.of(testFile)));
    }
    Path modelPath = Path.of(arguments.value("--out", DEFAULT_OUT));
    Path metricsPath = metricsPathFor(modelPath);
    long start = System.nanoTime();
    IntentModel model = train(data, oosLabel, dataFiles);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, EvaluationReport> reports = new LinkedHashMap<>();
    tests.forEach(
        (file, test) -> reports.put(file, ModelEvaluation.evaluate(model, test, oosLabel)));
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(modelPath, bytesOf(model));
    files.put(
        metricsPath,
        Json.pretty(MetricsFile.of(model, dataFiles, reports)).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(files);
    out.printf(
        Locale.ROOT,
        "trained %d messages, %d intents in %.1f s%nmodel: %s (version %s)%nmetrics: %s%n",
        data.size(),
        model.intents().size(),
        seconds,
        modelPath,
        model.version(),
        metricsPath);
    reports.forEach((file, report) -> out.println(file + ": " + EvaluationPrinter.summary(report)));
  }

  static IntentModel train(List<LabelledText> data, String oosLabel, List<String> files)
      throws BadInputException {
    try {
      return new IntentTrainer(TrainingOptions.defaults().withOosLabel(oosLabel)).train(data);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(String.join(", ", files) + ": " + e.getMessage(), e);
    }
  }

  static Path metricsPathFor(Path modelPath) {
    String name = modelPath.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return modelPath.resolveSibling(base + ".metrics.json");
  }

  private static byte[] bytesOf(IntentModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      model.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
