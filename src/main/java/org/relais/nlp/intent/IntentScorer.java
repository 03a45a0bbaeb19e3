package org.relais.nlp.intent;

import java.util.List;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Probabilities of every outcome (intents, and the out-of-scope label when the corpus had one) for
 * a normalised message: features, maxent model, then temperature scaling fitted on held-out data so
 * that a confidence of 0.8 is right about 80 % of the time. Immutable and thread-safe: OpenNLP's
 * maxent models only read their weights when they evaluate.
 */
public final class IntentScorer {

  private final FeatureVectorizer vectorizer;
  private final MaxentModel maxent;
  private final double temperature;
  private final List<String> outcomes;

  /** The same features and weights by number, for GIS models (the shipped trainer). */
  private final FeatureIndex index;

  private final GisWeights gisWeights;

  public IntentScorer(FeatureVectorizer vectorizer, MaxentModel maxent, double temperature) {
    this.vectorizer = vectorizer;
    this.maxent = maxent;
    this.temperature = temperature;
    this.index = new FeatureIndex(vectorizer);
    this.gisWeights = GisWeights.of(maxent, index).orElse(null);
    String[] names = new String[maxent.getNumOutcomes()];
    for (int i = 0; i < names.length; i++) {
      names[i] = maxent.getOutcome(i);
    }
    this.outcomes = List.of(names);
  }

  /** Calibrated probability of each outcome, in the order of {@link #outcomes()}. */
  public double[] probabilities(String[] words) {
    return soften(rawProbabilities(words), temperature);
  }

  /** The maxent model's own probabilities, before temperature scaling. */
  public double[] rawProbabilities(String[] words) {
    if (gisWeights != null) {
      return gisWeights.probabilities(index.vectorize(words));
    }
    return rawProbabilitiesByName(words);
  }

  /** {@link #rawProbabilities} the plain way: every feature looked up by name, twice. */
  double[] rawProbabilitiesByName(String[] words) {
    WeightedFeatures features = vectorizer.vectorize(words);
    return maxent.eval(features.names(), features.values());
  }

  /** Temperature scaling: p_i^(1/t), normalised; t > 1 softens, t < 1 sharpens. */
  public static double[] soften(double[] probabilities, double temperature) {
    double[] scaled = new double[probabilities.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = Math.log(Math.max(probabilities[i], Double.MIN_NORMAL)) / temperature;
      max = Math.max(max, scaled[i]);
    }
    double sum = 0;
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = Math.exp(scaled[i] - max);
      sum += scaled[i];
    }
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] /= sum;
    }
    return scaled;
  }

  public List<String> outcomes() {
    return outcomes;
  }

  public FeatureVectorizer vectorizer() {
    return vectorizer;
  }

  public MaxentModel maxent() {
    return maxent;
  }

  public double temperature() {
    return temperature;
  }
}
