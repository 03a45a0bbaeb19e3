package org.relais.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.relais.nlp.features.CharNGrams;
import org.relais.nlp.features.WordBigrams;
import org.relais.nlp.features.WordUnigrams;

/**
 * How {@link IntentTrainer} builds a model. {@link #defaults()} is what {@code relais-nlp.jar
 * train} uses and what the benchmarks in docs/benchmarks-nlp.md measured.
 *
 * @param featureGenerators class names of the feature generators (see architecture.md)
 * @param iterations GIS iterations
 * @param gaussianSigma GIS Gaussian smoothing (prior) width; larger means weaker smoothing
 * @param threads GIS threads; fixed rather than taken from the machine, because the order in which
 *     threads add up their sums changes the last bits of the weights
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
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions(
        List.of(
            WordUnigrams.class.getName(), WordBigrams.class.getName(), CharNGrams.class.getName()),
        100,
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
        gaussianSigma,
        threads,
        seed,
        heldOutShare,
        pseudoUnknownShare,
        label,
        safetyIntents);
  }

  public TrainingOptions withIterations(int count) {
    return new TrainingOptions(
        featureGenerators,
        count,
        gaussianSigma,
        threads,
        seed,
        heldOutShare,
        pseudoUnknownShare,
        oosLabel,
        safetyIntents);
  }
}
