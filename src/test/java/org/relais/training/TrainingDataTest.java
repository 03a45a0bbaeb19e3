package org.relais.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusReader;

/** The dataset checks, its fingerprint, the export formats and the import's line finder. */
class TrainingDataTest {

  private static List<LabelledText> examples(String intent, int count) {
    List<LabelledText> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new LabelledText(intent + " phrase " + i, intent));
    }
    return list;
  }

  @Test
  void aBuild_isRefused_namingEveryIntentWithTooFewExamples() {
    List<LabelledText> data = new ArrayList<>(examples("horaires_ouverture", 40));
    data.addAll(examples("laverie", 30));
    data.addAll(examples("douche_hygiene", 2));
    data.addAll(examples("oos", 4));
    TrainingException refused =
        assertThrows(TrainingException.class, () -> new TrainingDataset(data).checkBuildable());
    assertEquals(400, refused.status());
    assertTrue(refused.getMessage().contains("douche_hygiene (2)"), refused.getMessage());
    assertTrue(refused.getMessage().contains("oos (4)"), refused.getMessage());
    assertTrue(!refused.getMessage().contains("laverie"), refused.getMessage());
  }

  @Test
  void aBuild_isRefused_whenTheDataIsTooSmallOrHasOneIntent() {
    assertTrue(
        assertThrows(
                TrainingException.class,
                () -> new TrainingDataset(examples("laverie", 20)).checkBuildable())
            .getMessage()
            .contains("too small"));
    List<LabelledText> oneIntent = new ArrayList<>(examples("laverie", 60));
    oneIntent.addAll(examples("oos", 10));
    assertTrue(
        assertThrows(TrainingException.class, () -> new TrainingDataset(oneIntent).checkBuildable())
            .getMessage()
            .contains("two intents"));
  }

  @Test
  void theFingerprint_ignoresOrder_butNotALabel() {
    List<LabelledText> data = new ArrayList<>(examples("laverie", 3));
    data.addAll(examples("douche_hygiene", 3));
    List<LabelledText> reversed = new ArrayList<>(data);
    java.util.Collections.reverse(reversed);
    assertEquals(
        new TrainingDataset(data).fingerprint(), new TrainingDataset(reversed).fingerprint());
    List<LabelledText> relabelled = new ArrayList<>(data);
    relabelled.set(0, new LabelledText(data.get(0).text(), "douche_hygiene"));
    assertNotEquals(
        new TrainingDataset(data).fingerprint(), new TrainingDataset(relabelled).fingerprint());
  }

  @Test
  void exports_readBackIdentically_inBothFormats() throws Exception {
    List<LabelledText> data =
        List.of(
            new LabelledText("c ouvert, le \"dimanche\" ?", "horaires_ouverture"),
            new LabelledText("# pas un commentaire: - ni une liste", "laverie"),
            new LabelledText("deux\nlignes", "laverie"),
            new LabelledText("  espaces autour ", "oos"));
    List<LabelledText> expected =
        List.of(
            new LabelledText("c ouvert, le \"dimanche\" ?", "horaires_ouverture"),
            new LabelledText("# pas un commentaire: - ni une liste", "laverie"),
            new LabelledText("deux lignes", "laverie"),
            new LabelledText("espaces autour", "oos"));
    assertEquals(expected, CorpusReader.read("export.csv", TrainingExport.csv(data)));
    List<LabelledText> fromYaml = CorpusReader.read("export.yml", TrainingExport.yaml(data));
    assertEquals(
        expected.stream().sorted(java.util.Comparator.comparing(LabelledText::intent)).toList(),
        fromYaml);
  }

  @Test
  void theLineFinder_findsEachExampleInFileOrder_evenRepeatedTexts() {
    String csv =
        "text,intent\nbonjour,laverie\nautre,oos\nbonjour,laverie\n\"dit \"\"x\"\"\",oos\n";
    TrainingImport.LineFinder lines = new TrainingImport.LineFinder(csv);
    assertEquals(2, lines.lineOf("bonjour"));
    assertEquals(3, lines.lineOf("autre"));
    assertEquals(4, lines.lineOf("bonjour"));
    assertEquals(0, lines.lineOf("dit \"x\""), "a quoted text cannot be found verbatim");
  }

  @Test
  void theGate_refusesARegressionBeyondOnePoint_andAcceptsWithoutAnActiveModel() {
    BuildMetrics.Figures active = figures(0.90, 0.90, 0.90);
    assertTrue(PromotionGate.regressions(figures(0.895, 0.90, 0.91), active).isEmpty());
    List<String> worse = PromotionGate.regressions(figures(0.80, 0.90, 0.85), active);
    assertEquals(2, worse.size(), worse.toString());
    assertTrue(worse.get(0).startsWith("macro-F1 0.800 < 0.900"), worse.toString());
    assertTrue(PromotionGate.regressions(figures(0.1, 0.1, 0.1), null).isEmpty());
  }

  @Test
  void theHeatMap_escapesLabels_andDrawsOneCellPerNonZeroCount() {
    String svg = ConfusionHeatMap.svg(List.of("a<b", "oos"), new int[][] {{3, 1}, {0, 2}});
    assertTrue(svg.startsWith("<svg"), svg);
    assertTrue(svg.contains("a&lt;b") && !svg.contains("a<b"), svg);
    assertEquals(3 + 2, svg.split("<rect").length - 1, "3 cells, the background and the frame");
  }

  private static BuildMetrics.Figures figures(double macroF1, double inScope, double oosRecall) {
    return new BuildMetrics.Figures(
        100, 0.9, inScope, oosRecall, 0.9, macroF1, 0, 0, List.of(), List.of(), new int[0][0]);
  }
}
