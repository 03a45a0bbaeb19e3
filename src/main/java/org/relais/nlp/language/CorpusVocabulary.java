package org.relais.nlp.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusException;
import org.relais.nlp.corpus.CorpusReader;

/**
 * The words of the shipped training corpora that belong to one of their languages only: the kiosk's
 * own vocabulary ("timbre", "trimestre", "stamp", "quarterly"). Asked after the frequent words and
 * before OpenNLP's model, which names four-word French messages Latin or Malagasy
 * (docs/benchmarks.md). A word counts when at least {@link #MIN_EXAMPLES} examples of one corpus
 * use it and none of the other's. Loaded once, on first use; thread-safe.
 */
final class CorpusVocabulary {

  /** One example could be a loan word or a typo; two make it the corpus's vocabulary. */
  static final int MIN_EXAMPLES = 2;

  private static final List<String> LANGUAGES = List.of("fr", "en");

  private CorpusVocabulary() {}

  /** The language whose corpus vocabulary the words clearly favour, or null. */
  static String clearWinner(List<String> words) {
    WordLexicon lexicon = Loaded.LEXICON;
    return lexicon.winner(lexicon.scores(words), 1.0);
  }

  static WordLexicon build(Map<String, List<LabelledText>> corporaByLanguage) {
    Map<String, Map<String, Integer>> examplesByWord = new HashMap<>();
    corporaByLanguage.forEach(
        (language, examples) -> {
          for (LabelledText example : examples) {
            for (String word : new HashSet<>(List.of(LanguageDetector.wordsOf(example.text())))) {
              examplesByWord
                  .computeIfAbsent(word, w -> new HashMap<>())
                  .merge(language, 1, Integer::sum);
            }
          }
        });
    Map<String, Set<String>> wordsByLanguage = new LinkedHashMap<>();
    corporaByLanguage.keySet().forEach(language -> wordsByLanguage.put(language, new HashSet<>()));
    examplesByWord.forEach(
        (word, counts) -> {
          if (counts.size() == 1 && !word.isEmpty()) {
            Map.Entry<String, Integer> only = counts.entrySet().iterator().next();
            if (only.getValue() >= MIN_EXAMPLES) {
              wordsByLanguage.get(only.getKey()).add(word);
            }
          }
        });
    return new WordLexicon(wordsByLanguage);
  }

  /** Lazy holder: the JVM builds it once, on first use, thread-safely. */
  private static final class Loaded {
    static final WordLexicon LEXICON = load();

    private static WordLexicon load() {
      Map<String, List<LabelledText>> corpora = new LinkedHashMap<>();
      for (String language : LANGUAGES) {
        String resource = "/models/corpus/" + language + ".yml";
        try (InputStream in = CorpusVocabulary.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
          }
          corpora.put(
              language,
              CorpusReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (CorpusException e) {
          throw new IllegalStateException(
              resource + " is not a valid corpus: " + e.getMessage(), e);
        }
      }
      return build(corpora);
    }
  }
}
