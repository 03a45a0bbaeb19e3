package org.relais.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * The n-grams of words already seen: kiosk messages reuse a small vocabulary, and rebuilding (and
   * rehashing) the same strings for every message cost about 15 % of a prediction's CPU time.
   * Bounded so that a flood of made-up words cannot grow it without end; past the bound, words are
   * simply not cached.
   */
  private static final int CACHED_WORDS = 50_000;

  private static final Map<String, List<String>> BY_WORD = new ConcurrentHashMap<>();

  @Override
  public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
    List<String> features = new ArrayList<>(words.length * 12);
    for (String word : words) {
      List<String> grams = BY_WORD.get(word);
      if (grams == null) {
        grams = ngramsOf(word);
        if (BY_WORD.size() < CACHED_WORDS) {
          BY_WORD.put(word, grams);
        }
      }
      features.addAll(grams);
    }
    return features;
  }

  private static List<String> ngramsOf(String word) {
    String marked = "<" + word + ">";
    List<String> grams = new ArrayList<>(marked.length() * 3);
    for (int n = SHORTEST; n <= LONGEST; n++) {
      for (int start = 0; start + n <= marked.length(); start++) {
        grams.add("c=" + marked.substring(start, start + n));
      }
    }
    return List.copyOf(grams);
  }
}
