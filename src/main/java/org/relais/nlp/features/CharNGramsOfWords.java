package org.relais.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Character n-grams of given lengths inside each word, with its boundaries marked ("<dou", "ouch",
 * "che>"), for the generators that fix these lengths ({@link CharNGrams}, {@link CharNGrams3To4}).
 */
final class CharNGramsOfWords {

  /**
   * The n-grams of words already seen: kiosk messages reuse a small vocabulary, and rebuilding (and
   * rehashing) the same strings for every message cost about 15 % of a prediction's CPU time.
   * Bounded so that a flood of made-up words cannot grow it without end; past the bound, words are
   * simply not cached.
   */
  private static final int CACHED_WORDS = 50_000;

  private final int shortest;
  private final int longest;
  private final Map<String, List<String>> byWord = new ConcurrentHashMap<>();

  CharNGramsOfWords(int shortest, int longest) {
    this.shortest = shortest;
    this.longest = longest;
  }

  Collection<String> of(String[] words) {
    List<String> features = new ArrayList<>(words.length * 12);
    for (String word : words) {
      features.addAll(ofWord(word));
    }
    return features;
  }

  List<String> ofWord(String word) {
    List<String> grams = byWord.get(word);
    if (grams == null) {
      grams = ngramsOf(word);
      if (byWord.size() < CACHED_WORDS) {
        byWord.put(word, grams);
      }
    }
    return grams;
  }

  private List<String> ngramsOf(String word) {
    String marked = "<" + word + ">";
    List<String> grams = new ArrayList<>(marked.length() * 3);
    for (int n = shortest; n <= longest; n++) {
      for (int start = 0; start + n <= marked.length(); start++) {
        grams.add("c=" + marked.substring(start, start + n));
      }
    }
    return List.copyOf(grams);
  }
}
