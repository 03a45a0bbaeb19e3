package org.relais.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Each normalised word. Shipped models name this class: never rename or move it (they rebuild their
 * feature generators by class name with the no-argument constructor).
 */
public final class WordUnigrams implements WordByWordFeatures {

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(words.length);
    for (String word : words) {
      features.add("w=" + word);
    }
    return features;
  }

  @Override
  public List<String> ofWord(String word) {
    return List.of("w=" + word);
  }
}
