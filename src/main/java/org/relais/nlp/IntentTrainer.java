package org.relais.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import opennlp.tools.ml.model.AbstractModel;
import org.relais.nlp.intent.Calibration;
import org.relais.nlp.intent.FeatureVectorizer;
import org.relais.nlp.intent.GisTraining;
import org.relais.nlp.intent.HeldOutSplit;
import org.relais.nlp.intent.IntentScorer;
import org.relais.nlp.intent.ModelFile;
import org.relais.nlp.intent.WeightedFeatures;
import org.relais.nlp.text.TextNormalizer;

/**
 * Builds an {@link IntentModel} from labelled messages: first a calibration model on part of the
 * data, scored on the rest to choose temperature, out-of-scope threshold and safety bar (see {@link
 * Calibration}); then the final model on all of it. Deterministic: the input is sorted first, every
 * random choice is seeded, and the same data gives a byte-identical model.
 */
public final class IntentTrainer {

  private final TrainingOptions options;
  private final TextNormalizer normalizer = new TextNormalizer();

  public IntentTrainer() {
    this(TrainingOptions.defaults());
  }

  public IntentTrainer(TrainingOptions options) {
    this.options = options;
  }

  /**
   * @throws IllegalArgumentException with fewer than two in-scope intents, or an empty message
   */
  public IntentModel train(List<LabelledText> data) {
    List<LabelledText> sorted = sortedAndChecked(data);
    Calibration.Result calibration;
    Fitted fitted;
    if (options.threads() > 1) {
      // Both fits are deterministic on their own, so running them at the same time changes no
      // byte of the model; it only fills the cores that GIS leaves idle between its steps.
      CompletableFuture<Fitted> finalModel =
          CompletableFuture.supplyAsync(() -> fit(sorted, options.iterations()), FIT_THREADS);
      calibration = calibrate(sorted);
      fitted = join(finalModel);
    } else {
      calibration = calibrate(sorted);
      fitted = fit(sorted, options.iterations());
    }
    SortedMap<String, String> properties = new TreeMap<>();
    properties.put(IntentModel.FEATURE_GENERATORS, String.join(",", options.featureGenerators()));
    properties.put(IntentModel.TEMPERATURE, Double.toString(calibration.temperature()));
    properties.put(IntentModel.OOS_LABEL, options.oosLabel());
    properties.put(IntentModel.OOS_THRESHOLD, Double.toString(calibration.threshold()));
    properties.put(IntentModel.OOS_CLASS_WEIGHT, Double.toString(calibration.oosClassWeight()));
    properties.put(IntentModel.SAFETY_THRESHOLD, Double.toString(calibration.safetyThreshold()));
    properties.put(IntentModel.SAFETY_INTENTS, String.join(",", safetyIntentsIn(sorted)));
    properties.put(IntentModel.LANGUAGES, String.join(",", TrainingLanguages.of(sorted)));
    properties.put("trainer", describeTrainer());
    properties.put("training_messages", Integer.toString(sorted.size()));
    calibration
        .metrics()
        .forEach((name, value) -> properties.put("calibration." + name, format(value)));
    byte[] bytes =
        ModelFile.write(
            new ModelFile.Contents(
                properties,
                fitted.vectorizer().weights(),
                fitted.vectorizer().unseenWeight(),
                fitted.maxent()));
    try {
      return IntentModel.fromBytes(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("a model just written could not be read back", e);
    }
  }

  public TrainingOptions options() {
    return options;
  }

  private List<LabelledText> sortedAndChecked(List<LabelledText> data) {
    List<LabelledText> sorted = new ArrayList<>(data);
    sorted.sort(Comparator.comparing(LabelledText::intent).thenComparing(LabelledText::text));
    TreeSet<String> intents = new TreeSet<>();
    for (LabelledText example : sorted) {
      if (example.text().isBlank()) {
        throw new IllegalArgumentException("empty message for intent " + example.intent());
      }
      if (!example.intent().equals(options.oosLabel())) {
        intents.add(example.intent());
      }
    }
    if (intents.size() < 2) {
      throw new IllegalArgumentException(
          "training needs at least two in-scope intents, got " + intents.size());
    }
    return sorted;
  }

  private Calibration.Result calibrate(List<LabelledText> sorted) {
    HeldOutSplit split =
        HeldOutSplit.of(
            sorted,
            options.heldOutShare(),
            options.pseudoUnknownShare(),
            options.oosLabel(),
            options.safetyIntents(),
            options.seed());
    long trainedIntents = split.train().stream().map(LabelledText::intent).distinct().count();
    if (split.heldOut().isEmpty() || trainedIntents < 2) {
      return Calibration.uncalibrated();
    }
    Fitted calibrationModel = fit(split.train(), options.calibrationIterations());
    IntentScorer scorer =
        new IntentScorer(calibrationModel.vectorizer(), calibrationModel.maxent(), 1.0);
    List<Calibration.HeldOut> heldOut = new ArrayList<>(split.heldOut().size());
    for (LabelledText example : split.heldOut()) {
      heldOut.add(
          new Calibration.HeldOut(example.intent(), scorer.rawProbabilities(words(example))));
    }
    return new Calibration(scorer.outcomes(), options.oosLabel(), options.safetyIntents())
        .fit(heldOut);
  }

  /** Daemon threads: a training in progress must not keep a command-line JVM alive. */
  private static final Executor FIT_THREADS =
      runnable -> {
        Thread thread = new Thread(runnable, "intent-final-model");
        thread.setDaemon(true);
        thread.start();
      };

  private static Fitted join(CompletableFuture<Fitted> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private record Fitted(FeatureVectorizer vectorizer, AbstractModel maxent) {}

  private Fitted fit(List<LabelledText> examples, int iterations) {
    List<String[]> messages = new ArrayList<>(examples.size());
    List<String> labels = new ArrayList<>(examples.size());
    for (LabelledText example : examples) {
      messages.add(words(example));
      labels.add(example.intent());
    }
    FeatureVectorizer vectorizer = FeatureVectorizer.fit(options.featureGenerators(), messages);
    List<WeightedFeatures> features = new ArrayList<>(messages.size());
    for (String[] message : messages) {
      features.add(vectorizer.vectorize(message));
    }
    AbstractModel maxent =
        GisTraining.train(
            features,
            labels,
            iterations,
            options.cutoff(),
            options.gaussianSigma(),
            options.threads());
    return new Fitted(vectorizer, maxent);
  }

  private String[] words(LabelledText example) {
    return normalizer.tokens(example.text()).toArray(new String[0]);
  }

  private List<String> safetyIntentsIn(List<LabelledText> sorted) {
    return sorted.stream()
        .map(LabelledText::intent)
        .filter(options.safetyIntents()::contains)
        .distinct()
        .toList();
  }

  private String describeTrainer() {
    return "opennlp GIS iterations="
        + options.iterations()
        + " calibration_iterations="
        + options.calibrationIterations()
        + " cutoff="
        + options.cutoff()
        + " gaussian_sigma="
        + options.gaussianSigma()
        + " threads="
        + options.threads()
        + " seed="
        + options.seed();
  }

  /** Six decimals: enough to compare, few enough to read in a diff. */
  static String format(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
