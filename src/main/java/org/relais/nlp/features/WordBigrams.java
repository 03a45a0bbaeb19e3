package org.relais.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Each pair of neighbouring words ("pas de", "do not"): order and negation that single words miss.
 * Shipped models name this class: never rename or move it.
 */
public final class WordBigrams implements FeatureGenerator {

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(Math.max(0, words.length - 1));
    for (int i = 0; i + 1 < words.length; i++) {
      features.add("b=" + words[i] + "_" + words[i + 1]);
    }
    return features;
  }
}
