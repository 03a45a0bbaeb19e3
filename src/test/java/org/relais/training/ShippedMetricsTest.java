package org.relais.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import java.io.StringReader;
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
    ShippedMetrics.TestSet french = metrics.tests().get(1);
    assertEquals(750, french.messages());
    assertEquals(0.930898, french.macroF1(), 1e-9);
    assertEquals(0.918006, french.inScopeAccuracy(), 1e-9);
    assertEquals(0.976563, french.oosRecall(), 1e-9);
  }

  @Test
  void aMetricsFileWithoutTests_givesNoFigures_ratherThanFailing() {
    ShippedMetrics metrics =
        ShippedMetrics.of(Json.createReader(new StringReader("{}")).readObject());

    assertNull(metrics.modelVersion());
    assertEquals(List.of(), metrics.tests());
  }
}
