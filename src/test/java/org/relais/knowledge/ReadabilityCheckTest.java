package org.relais.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadabilityCheckTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final ReadabilityCheck check =
      new ReadabilityCheck(Map.of("CAF", "la caisse qui paie les aides familiales"));

  private List<String> codes(String answer, LocalDate verified) {
    return check.check(answer, Map.of("HEURES", "9h - 17h"), verified, TODAY).stream()
        .map(ReadabilityCheck.Warning::code)
        .toList();
  }

  @Test
  void aShortClearAnswer_hasNoWarning() {
    assertEquals(
        List.of(),
        codes(
            "Nous ouvrons de {{HEURES}}.\nVenez quand vous voulez.\nLa douche est gratuite.",
            TODAY));
  }

  @Test
  void longLines_wordyLines_andTooManyLines_areFlagged() {
    String wordy =
        "Vous pouvez venir ici tous les jours de la semaine pour prendre une douche chaude et propre.";
    List<String> codes = codes(wordy + "\nUn.\nDeux.\nTrois.\nQuatre.\nCinq.", TODAY);
    assertTrue(codes.contains("line_too_long"), codes.toString());
    assertTrue(codes.contains("sentence_too_long"), codes.toString());
    assertTrue(codes.contains("too_many_lines"), codes.toString());
  }

  @Test
  void twoSentencesOnALine_andPercentages_areFlagged() {
    List<String> codes =
        codes("Venez demain. Apportez vos papiers.\nVous payez 50 % du prix.", TODAY);
    assertTrue(codes.contains("two_sentences"), codes.toString());
    assertTrue(codes.contains("percentage"), codes.toString());
  }

  @Test
  void abbreviation_isFlagged_unlessItsMeaningIsThere() {
    assertTrue(codes("Allez à la CAF.", TODAY).contains("unexplained_abbreviation"));
    assertEquals(
        List.of(),
        codes("Allez à la CAF.\nLa CAF est la caisse qui paie les aides familiales.", TODAY));
    assertEquals(
        List.of(), codes("Allez à la cafétéria.", TODAY), "a word that merely contains it");
  }

  @Test
  void answerNotVerifiedForOverAYear_isFlagged() {
    assertTrue(codes("Bonjour.", TODAY.minusYears(1).minusDays(1)).contains("not_verified"));
    assertTrue(codes("Bonjour.", null).contains("not_verified"));
    assertEquals(List.of(), codes("Bonjour.", TODAY.minusMonths(11)));
  }

  @Test
  void everyBundledAnswer_isFreeOfHardProblems() {
    ReadabilityCheck bundled = ReadabilityCheck.bundled();
    Map<String, String> center =
        KnowledgeFile.readCenterDetails(KnowledgeFile.resource(KnowledgeFile.CENTER));
    for (IntentKnowledge intent :
        KnowledgeFile.readIntents(KnowledgeFile.resource(KnowledgeFile.INTENTS))) {
      Wording fr = intent.wording("fr").orElseThrow();
      List<String> hard =
          bundled.check(fr.answer(), center, fr.lastVerified(), TODAY).stream()
              .map(ReadabilityCheck.Warning::code)
              .filter(
                  code ->
                      List.of("line_too_long", "sentence_too_long", "too_many_lines")
                          .contains(code))
              .toList();
      assertEquals(List.of(), hard, intent.id());
    }
  }
}
