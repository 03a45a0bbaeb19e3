package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.doccat.FeatureGenerator;
import org.relais.nlp.features.WordByWordFeatures;

/**
 * A {@link FeatureVectorizer}'s features numbered, and the numbers of each word's features kept
 * once found. {@link FeatureVectorizer#vectorize} looks every feature of a message up by name,
 * about 20 a word; that and the maxent model's own lookup of the same names were over half of a
 * long message's time (docs/benchmarks.md). Here a word already seen costs one lookup. Gives
 * exactly the vectorizer's features, order and weights: {@code FeatureIndexTest} compares both.
 *
 * <p>Thread-safe: the word caches are concurrent, everything else is read only.
 */
final class FeatureIndex {

  /** Per generator; bounded so that a flood of made-up words cannot grow it without end. */
  private static final int CACHED_WORDS = 20_000;

  private final Map<String, Integer> idsByName;
  private final String[] names;
  private final float[] weights;
  private final float unseenWeight;
  private final List<FeatureGenerator> generators;

  /** For each generator that works word by word, its words' features; null for the others. */
  private final List<Map<String, WordFeatures>> wordCaches;

  FeatureIndex(FeatureVectorizer vectorizer) {
    Map<String, Float> sorted = vectorizer.weights();
    this.idsByName = new HashMap<>(sorted.size() * 2);
    this.names = new String[sorted.size()];
    this.weights = new float[sorted.size()];
    int id = 0;
    for (Map.Entry<String, Float> entry : sorted.entrySet()) {
      idsByName.put(entry.getKey(), id);
      names[id] = entry.getKey();
      weights[id] = entry.getValue();
      id++;
    }
    this.unseenWeight = vectorizer.unseenWeight();
    this.generators = vectorizer.generators();
    List<Map<String, WordFeatures>> caches = new ArrayList<>();
    for (FeatureGenerator generator : generators) {
      caches.add(generator instanceof WordByWordFeatures ? new ConcurrentHashMap<>() : null);
    }
    this.wordCaches = Collections.unmodifiableList(caches);
  }

  int size() {
    return names.length;
  }

  String name(int id) {
    return names[id];
  }

  /** The known features of a message: as {@link FeatureVectorizer#vectorize}, by number. */
  NumberedFeatures vectorize(String[] words) {
    Accumulator features = new Accumulator(words.length * 24);
    for (int g = 0; g < generators.size(); g++) {
      FeatureGenerator generator = generators.get(g);
      Map<String, WordFeatures> cache = wordCaches.get(g);
      if (cache == null) {
        for (String feature : generator.extractFeatures(words, Collections.emptyMap())) {
          features.add(feature);
        }
        continue;
      }
      for (String word : words) {
        WordFeatures known = cache.get(word);
        if (known == null) {
          known = number(((WordByWordFeatures) generator).ofWord(word));
          if (cache.size() < CACHED_WORDS) {
            cache.put(word, known);
          }
        }
        known.addTo(features);
      }
    }
    return features.scaled();
  }

  private WordFeatures number(List<String> features) {
    int[] codes = new int[features.size()];
    List<String> unknown = new ArrayList<>(0);
    for (int i = 0; i < codes.length; i++) {
      Integer id = idsByName.get(features.get(i));
      if (id != null) {
        codes[i] = id;
      } else {
        codes[i] = -1 - unknown.size();
        unknown.add(features.get(i));
      }
    }
    return new WordFeatures(codes, unknown.toArray(new String[0]));
  }

  /**
   * One word's features: a code >= 0 is a known feature's number, -1 - k the k-th unknown name
   * (unknown features still count in the message's length, once each).
   */
  private record WordFeatures(int[] codes, String[] unknown) {
    void addTo(Accumulator features) {
      for (int code : codes) {
        if (code >= 0) {
          features.add(code);
        } else {
          features.addUnknown(unknown[-1 - code]);
        }
      }
    }
  }

  /**
   * The distinct features of a message in the order first met, as the vectorizer's linked set; the
   * length sums the same float squares in the same order, so the weights are the same bits.
   */
  private final class Accumulator {
    private final BitSet seen = new BitSet(names.length);
    private Set<String> unknownSeen;
    private int[] ids;
    private float[] values;
    private int count;
    private double squaredLength;

    Accumulator(int expected) {
      this.ids = new int[Math.max(16, expected)];
      this.values = new float[ids.length];
    }

    void add(String name) {
      Integer id = idsByName.get(name);
      if (id != null) {
        add(id);
      } else {
        addUnknown(name);
      }
    }

    void add(int id) {
      if (seen.get(id)) {
        return;
      }
      seen.set(id);
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      float value = weights[id];
      squaredLength += value * value;
      ids[count] = id;
      values[count] = value;
      count++;
    }

    void addUnknown(String name) {
      if (unknownSeen == null) {
        unknownSeen = new HashSet<>();
      }
      if (unknownSeen.add(name)) {
        squaredLength += unseenWeight * unseenWeight;
      }
    }

    NumberedFeatures scaled() {
      float scale = squaredLength == 0 ? 0f : (float) (1.0 / Math.sqrt(squaredLength));
      float[] scaledValues = new float[count];
      for (int i = 0; i < count; i++) {
        scaledValues[i] = values[i] * scale;
      }
      return new NumberedFeatures(Arrays.copyOf(ids, count), scaledValues);
    }
  }

  /** A message's known features by number, with their weights scaled to length 1. */
  record NumberedFeatures(int[] ids, float[] values) {}
}
