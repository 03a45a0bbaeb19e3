package org.relais.nlp.intent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusReader;
import org.relais.nlp.text.TextNormalizer;

/**
 * The numbered path ({@link FeatureIndex} + {@link GisWeights}) gives the shipped model's
 * probabilities bit for bit as OpenNLP's evaluation of the features looked up by name.
 */
class FeatureIndexTest {

  private static IntentScorer scorer;
  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  @BeforeAll
  static void loadShippedModel() throws Exception {
    try (InputStream in =
        IntentClassifier.class.getResourceAsStream(IntentClassifier.SHIPPED_MODEL)) {
      ModelFile.Contents contents = ModelFile.read(in.readAllBytes());
      FeatureVectorizer vectorizer =
          FeatureVectorizer.restore(
              Arrays.asList(contents.properties().get("feature_generators").split(",")),
              contents.featureWeights(),
              contents.unseenFeatureWeight());
      scorer =
          new IntentScorer(
              vectorizer,
              contents.maxent(),
              Double.parseDouble(contents.properties().get("temperature")));
    }
  }

  @Test
  void numberedPath_givesTheSameProbabilities_onEveryCorpusAndTestMessage() throws Exception {
    List<String> messages = new ArrayList<>();
    for (String file :
        List.of(
            "models/corpus/test/fr.yml",
            "models/corpus/test/en.yml",
            "models/corpus/fr.yml",
            "models/corpus/en.yml")) {
      for (LabelledText example : CorpusReader.read(Path.of(file))) {
        messages.add(example.text());
      }
    }
    // Twice: the second time every word's features come from the cache.
    for (int round = 0; round < 2; round++) {
      for (String message : messages) {
        assertSameProbabilities(message);
      }
    }
    assertTrue(messages.size() > 3000, messages.size() + " messages");
  }

  @Test
  void numberedPath_givesTheSameProbabilities_forUnknownWordsRepeatsAndNothing() {
    for (String message :
        List.of(
            "",
            "zzqx zzqx zzqx",
            "douch douche douuuche dooouche",
            "jai perdu mes papié jai perdu mes papiers",
            "xyzzy plugh 115 115",
            "ما عندي وين ننعس",
            "Ich brauche heute Hilfe bitte")) {
      assertSameProbabilities(message);
      assertSameProbabilities(message);
    }
  }

  private static void assertSameProbabilities(String message) {
    String[] words = NORMALIZER.tokens(message).toArray(new String[0]);
    assertArrayEquals(
        scorer.rawProbabilitiesByName(words), scorer.rawProbabilities(words), 0.0, message);
  }
}
