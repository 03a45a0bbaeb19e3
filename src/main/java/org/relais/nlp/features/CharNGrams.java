package org.relais.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams inside each word, with its boundaries marked ("<dou", "ouch", "che>"): a
 * misspelt word ("douch", "domicilation") still shares most of them with the right one. Shipped
 * models name this class and rely on these lengths: never rename or move it, and give other lengths
 * to a new class rather than changing these.
 */
public final class CharNGrams implements FeatureGenerator {

  private static final int SHORTEST = 2;
  private static final int LONGEST = 4;

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(words.length * 12);
    for (String word : words) {
      String marked = "<" + word + ">";
      for (int n = SHORTEST; n <= LONGEST; n++) {
        for (int start = 0; start + n <= marked.length(); start++) {
          features.add("c=" + marked.substring(start, start + n));
        }
      }
    }
    return features;
  }
}
