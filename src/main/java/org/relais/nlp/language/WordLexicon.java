package org.relais.nlp.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Frequent words of a few languages, for messages too short for a statistical detector: a word
 * known in n of the languages adds 1/n to each of them.
 */
final class WordLexicon {

  private final Map<String, List<String>> languagesByWord = new HashMap<>();
  private final List<String> languages;

  WordLexicon(Map<String, Set<String>> wordsByLanguage) {
    this.languages = List.copyOf(new LinkedHashMap<>(wordsByLanguage).keySet());
    for (Map.Entry<String, Set<String>> entry : wordsByLanguage.entrySet()) {
      for (String word : entry.getValue()) {
        languagesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(entry.getKey());
      }
    }
  }

  /** Score of each language, in the order the lexicon was given. */
  double[] scores(List<String> words) {
    double[] scores = new double[languages.size()];
    for (String word : words) {
      List<String> known = languagesByWord.get(word);
      if (known != null) {
        for (String language : known) {
          scores[languages.indexOf(language)] += 1.0 / known.size();
        }
      }
    }
    return scores;
  }

  List<String> languages() {
    return languages;
  }

  /**
   * The language whose score is at least {@code minimum} and ahead of every other, or null.
   *
   * @param scores as returned by {@link #scores(List)}
   */
  String winner(double[] scores, double minimum) {
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < scores.length; i++) {
      if (best < 0 || scores[i] > scores[best]) {
        best = i;
        tie = false;
      } else if (scores[i] == scores[best]) {
        tie = true;
      }
    }
    return best < 0 || tie || scores[best] < minimum ? null : languages.get(best);
  }
}
