package org.relais.nlp.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relais.nlp.LabelledText;

class CorpusVocabularyTest {

  private final WordLexicon vocabulary =
      CorpusVocabulary.build(
          corpora(
              List.of("timbre fiscal svp", "un Timbre fiscal", "caf trimestre"),
              List.of("fiscal stamp", "stamp please", "caf quarterly")));

  @Test
  void build_keepsWordsOfTwoExamplesOfOneLanguageOnly() {
    // "timbre": 2 French examples (case folded); "stamp": 2 English; "fiscal" and "caf": both
    // languages; "trimestre", "quarterly", "svp", "please": one example each.
    assertArrayEquals(new double[] {1, 0}, vocabulary.scores(List.of("timbre")), 0.0);
    assertArrayEquals(new double[] {0, 1}, vocabulary.scores(List.of("stamp")), 0.0);
    for (String notCounted : List.of("fiscal", "caf", "trimestre", "quarterly", "svp", "please")) {
      assertArrayEquals(new double[] {0, 0}, vocabulary.scores(List.of(notCounted)), 0.0);
    }
  }

  @Test
  void clearWinner_usesTheShippedCorpora() {
    assertEquals("en", CorpusVocabulary.clearWinner(List.of("tobacco", "shop")));
    // "revenu" and "trimestre" appear in the English corpus too ("revenu de solidarite"),
    // "declarer" does not.
    assertNull(CorpusVocabulary.clearWinner(List.of("trimestre", "revenu")));
    assertEquals("fr", CorpusVocabulary.clearWinner(List.of("declarer", "trimestre", "revenu")));
    assertNull(CorpusVocabulary.clearWinner(List.of("xyzzy")));
  }

  private static Map<String, List<LabelledText>> corpora(
      List<String> french, List<String> english) {
    Map<String, List<LabelledText>> corpora = new LinkedHashMap<>();
    corpora.put("fr", french.stream().map(t -> new LabelledText(t, "x")).toList());
    corpora.put("en", english.stream().map(t -> new LabelledText(t, "x")).toList());
    return corpora;
  }
}
