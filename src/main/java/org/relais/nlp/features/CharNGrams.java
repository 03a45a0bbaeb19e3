package org.relais.nlp.features;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Character 2- to 4-grams inside each word, with its boundaries marked ("<dou", "ouch", "che>"): a
 * misspelt word ("douch", "domicilation") still shares most of them with the right one. Models name
 * this class and rely on these lengths: never rename or move it, and give other lengths to a new
 * class rather than changing these. The defaults now use {@link CharNGrams3To4}; this class stays
 * so that models trained with it still load.
 */
public final class CharNGrams implements WordByWordFeatures {

  private static final CharNGramsOfWords GRAMS = new CharNGramsOfWords(2, 4);

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
    return GRAMS.of(words);
  }

  @Override
  public List<String> ofWord(String word) {
    return GRAMS.ofWord(word);
  }
}
