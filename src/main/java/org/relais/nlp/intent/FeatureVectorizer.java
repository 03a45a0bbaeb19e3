package org.relais.nlp.intent;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Turns normalised words into weighted features: the feature generators named by class (see
 * architecture.md: a model rebuilds them with their no-argument constructor), then tf-idf weights
 * learnt from the training messages, scaled to length 1.
 *
 * <p>A feature never seen in training still counts in the length, as the rarest kind of feature: a
 * message made mostly of unknown words keeps small weights on the few it shares with the corpus, so
 * the model is less sure of it. Immutable and thread-safe.
 */
public final class FeatureVectorizer {

  private final List<String> generatorNames;
  private final List<FeatureGenerator> generators;
  private final Map<String, Float> inverseDocumentFrequency;
  private final float unseenWeight;

  private FeatureVectorizer(
      List<String> generatorNames,
      Map<String, Float> inverseDocumentFrequency,
      float unseenWeight) {
    this.generatorNames = List.copyOf(generatorNames);
    this.generators = generatorNames.stream().map(FeatureVectorizer::instantiate).toList();
    // A HashMap, not Map.copyOf: the immutable map probes linearly, and the hash codes of the
    // ~30,000 similar feature strings ("c=dou", "c=ouc") cluster; its lookups were a sixth of the
    // pipeline's time (docs/benchmarks.md). Never modified after this line.
    this.inverseDocumentFrequency = new HashMap<>(inverseDocumentFrequency);
    this.unseenWeight = unseenWeight;
  }

  /** Learns the weights of the features of {@code messages}, each a list of normalised words. */
  public static FeatureVectorizer fit(List<String> generatorNames, List<String[]> messages) {
    FeatureVectorizer counting = new FeatureVectorizer(generatorNames, Map.of(), 0f);
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String[] words : messages) {
      for (String feature : counting.featuresOf(words)) {
        documentFrequency.merge(feature, 1, Integer::sum);
      }
    }
    Map<String, Float> idf = new HashMap<>();
    documentFrequency.forEach((feature, df) -> idf.put(feature, idf(messages.size(), df)));
    return new FeatureVectorizer(generatorNames, idf, idf(messages.size(), 0));
  }

  /** Rebuilds a vectorizer from the generator names and what {@link #weights()} returned. */
  public static FeatureVectorizer restore(
      List<String> generatorNames, Map<String, Float> weights, float unseenWeight) {
    return new FeatureVectorizer(generatorNames, weights, unseenWeight);
  }

  private static float idf(int documents, int documentFrequency) {
    return (float) (Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1.0);
  }

  /** The distinct features of a message, in the order the generators produce them. */
  Set<String> featuresOf(String[] words) {
    // Sized for about 20 features a word (the word, its bigram, its character 3- and 4-grams), so
    // that it is not rehashed four times on the way; the order of a LinkedHashSet ignores its size.
    Set<String> features = new LinkedHashSet<>(Math.max(16, words.length * 28));
    for (FeatureGenerator generator : generators) {
      features.addAll(generator.extractFeatures(words, Collections.emptyMap()));
    }
    return features;
  }

  /** The known features of a message and their weights. */
  public WeightedFeatures vectorize(String[] words) {
    Set<String> features = featuresOf(words);
    List<String> known = new ArrayList<>(features.size());
    float[] values = new float[features.size()];
    double squaredLength = 0;
    double knownSquared = 0;
    for (String feature : features) {
      Float weight = inverseDocumentFrequency.get(feature);
      float value = weight == null ? unseenWeight : weight;
      squaredLength += value * value;
      if (weight != null) {
        values[known.size()] = value;
        known.add(feature);
        knownSquared += value * value;
      }
    }
    float scale = squaredLength == 0 ? 0f : (float) (1.0 / Math.sqrt(squaredLength));
    float[] scaled = new float[known.size()];
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = values[i] * scale;
    }
    double knownShare = squaredLength == 0 ? 0 : knownSquared / squaredLength;
    return new WeightedFeatures(known.toArray(new String[0]), scaled, knownShare);
  }

  public List<String> generatorNames() {
    return generatorNames;
  }

  List<FeatureGenerator> generators() {
    return generators;
  }

  /** Feature weights, sorted by feature for a byte-stable model file. */
  public SortedMap<String, Float> weights() {
    return new TreeMap<>(inverseDocumentFrequency);
  }

  public float unseenWeight() {
    return unseenWeight;
  }

  private static FeatureGenerator instantiate(String className) {
    try {
      Class<?> type = Class.forName(className);
      return (FeatureGenerator) type.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException
        | NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | ClassCastException e) {
      throw new IllegalArgumentException(
          "feature generator " + className + " cannot be built by its no-argument constructor", e);
    }
  }
}
