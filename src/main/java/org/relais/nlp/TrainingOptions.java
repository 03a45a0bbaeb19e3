package org.relais.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.relais.nlp.features.CharNGrams3To4;
import org.relais.nlp.features.WordBigrams;
import org.relais.nlp.features.WordUnigrams;

/**
 * How {@link IntentTrainer} builds a model. {@link #defaults()} is what {@code relais-nlp.jar
 * train} uses and what the benchmarks in docs/benchmarks.md ("Intent understanding") measured.
 *
 * @param featureGenerators class names of the feature generators (see architecture.md)
 * @param iterations GIS iterations of the final model
 * @param calibrationIterations GIS iterations of the calibration model (trained on 80 % of the data
 *     only to choose temperature, threshold and safety bar). The defaults keep it equal to the
 *     final model's: with 50, its confidences were lower than the final model's, the threshold
 *     chosen on them fell, and banking77's out-of-scope recall lost 1 to 7 points
 *     (docs/benchmarks.md)
 * @param cutoff features seen in fewer training messages than this are left out of the model (a
 *     cutoff of 2 saved no training time on banking77 and cost 0.3 point of accuracy)
 * @param gaussianSigma GIS Gaussian smoothing (prior) width; larger means weaker smoothing
 * @param threads GIS threads; fixed rather than taken from the machine, because the order in which
 *     threads add up their sums changes the last bits of the weights. With more than one, the
 *     calibration model and the final model are also trained at the same time; with one (a
 *     background build in the server), everything runs on the caller's thread
 * @param seed seed of every random choice (held-out split, pseudo-unknown intents)
 * @param heldOutShare share of each intent's examples held out to calibrate
 * @param pseudoUnknownShare share of intents left out of the calibration model, whose examples then
 *     stand for out-of-scope messages when the threshold is chosen
 * @param oosLabel the label of out-of-scope examples in the data
 * @param safetyIntents intents that get their own, lower bar (see {@link SafetyIntents})
 */
public record TrainingOptions(
    List<String> featureGenerators,
    int iterations,
    int calibrationIterations,
    int cutoff,
    double gaussianSigma,
    int threads,
    long seed,
    double heldOutShare,
    double pseudoUnknownShare,
    String oosLabel,
    Set<String> safetyIntents) {

  public TrainingOptions {
    featureGenerators = List.copyOf(featureGenerators);
    safetyIntents = Set.copyOf(safetyIntents);
    Objects.requireNonNull(oosLabel, "oosLabel");
    if (iterations < 1 || calibrationIterations < 1 || cutoff < 1 || threads < 1) {
      throw new IllegalArgumentException("iterations, cutoff and threads must be at least 1");
    }
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions(
        List.of(
            WordUnigrams.class.getName(),
            WordBigrams.class.getName(),
            CharNGrams3To4.class.getName()),
        100,
        100,
        1,
        16.0,
        2,
        20_251_123L,
        0.2,
        0.2,
        IntentPrediction.OUT_OF_SCOPE,
        SafetyIntents.IDS);
  }

  public TrainingOptions withOosLabel(String label) {
    return new TrainingOptions(
        featureGenerators,
        iterations,
        calibrationIterations,
        cutoff,
        gaussianSigma,
        threads,
        seed,
        heldOutShare,
        pseudoUnknownShare,
        label,
        safetyIntents);
  }

  /**
   * {@code count} iterations for the final model; the calibration model keeps its own count unless
   * that is more than {@code count} (the integration tests build with 10 iterations for both).
   */
  public TrainingOptions withIterations(int count) {
    return new TrainingOptions(
        featureGenerators,
        count,
        Math.min(count, calibrationIterations),
        cutoff,
        gaussianSigma,
        threads,
        seed,
        heldOutShare,
        pseudoUnknownShare,
        oosLabel,
        safetyIntents);
  }

  /** One thread for a background build: the two models are then trained one after the other. */
  public TrainingOptions withThreads(int count) {
    return new TrainingOptions(
        featureGenerators,
        iterations,
        calibrationIterations,
        cutoff,
        gaussianSigma,
        count,
        seed,
        heldOutShare,
        pseudoUnknownShare,
        oosLabel,
        safetyIntents);
  }

  public TrainingOptions withFeatureGenerators(List<String> classNames) {
    return new TrainingOptions(
        classNames,
        iterations,
        calibrationIterations,
        cutoff,
        gaussianSigma,
        threads,
        seed,
        heldOutShare,
        pseudoUnknownShare,
        oosLabel,
        safetyIntents);
  }
}
