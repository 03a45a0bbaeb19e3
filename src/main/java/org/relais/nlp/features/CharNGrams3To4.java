package org.relais.nlp.features;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Character 3- and 4-grams inside each word, with its boundaries marked ("<do", "<dou", "ouch",
 * "che>"): like {@link CharNGrams} without the 2-grams, the most frequent and least specific
 * character features. Seen with nearly every intent, they cost the most training time (GIS spends
 * time on each feature-intent pair) for the least accuracy (docs/benchmarks.md). Models name this
 * class and rely on these lengths: never rename or move it.
 */
public final class CharNGrams3To4 implements WordByWordFeatures {

  private static final CharNGramsOfWords GRAMS = new CharNGramsOfWords(3, 4);

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
    return GRAMS.of(words);
  }

  @Override
  public List<String> ofWord(String word) {
    return GRAMS.ofWord(word);
  }
}
