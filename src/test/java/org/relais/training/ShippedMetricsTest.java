package org.relais.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.nlp.IntentClassifier;

class ShippedMetricsTest {
  @Test
  void theShippedMetrics_belongToTheShippedModel_withOneLinePerTestFile() {
    ShippedMetrics metrics = ShippedMetrics.read().orElseThrow();

    assertEquals(IntentClassifier.shippedModel().version(), metrics.modelVersion());
    assertEquals(
        List.of("models/corpus/test/en.yml", "models/corpus/test/fr.yml"),
        metrics.tests().stream().map(ShippedMetrics.TestSet::file).toList());
    // The figures are those of the file in the repository (written by `relais-nlp train`), read
    // here on their own: retraining the shipped model changes them, not this test.
    JsonObject written =
        readJson(Path.of("models/intent-model.metrics.json"))
            .getJsonObject("tests")
            .getJsonObject("models/corpus/test/fr.yml");
    ShippedMetrics.TestSet french = metrics.tests().get(1);
    assertEquals(750, french.messages());
    assertEquals(written.getJsonNumber("macro_f1").doubleValue(), french.macroF1(), 1e-9);
    assertEquals(
        written.getJsonNumber("in_scope_accuracy").doubleValue(), french.inScopeAccuracy(), 1e-9);
    assertEquals(written.getJsonNumber("oos_recall").doubleValue(), french.oosRecall(), 1e-9);
  }

  private static JsonObject readJson(Path file) {
    try {
      return Json.createReader(new StringReader(Files.readString(file))).readObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aMetricsFileWithoutTests_givesNoFigures_ratherThanFailing() {
    ShippedMetrics metrics =
        ShippedMetrics.of(Json.createReader(new StringReader("{}")).readObject());

    assertNull(metrics.modelVersion());
    assertEquals(List.of(), metrics.tests());
  }
}
