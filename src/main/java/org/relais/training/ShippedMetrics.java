package org.relais.training;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the command-line tool measured when it built the shipped model ({@value #RESOURCE}, beside
 * the model): its version and its figures on each test file. Shown next to the stored versions, so
 * that going back to the shipped model is a choice made on figures like any other.
 *
 * @param modelVersion the hash of the shipped model, as {@code IntentModel.version()} tells it
 */
public record ShippedMetrics(String modelVersion, List<TestSet> tests) {
  static final String RESOURCE = "/models/intent-model.metrics.json";

  /** One test file: "models/corpus/test/fr.yml" and its figures. */
  public record TestSet(
      String file, int messages, double macroF1, double inScopeAccuracy, double oosRecall) {}

  /** Empty when the file is missing or unreadable: the shipped model is then shown without them. */
  public static Optional<ShippedMetrics> read() {
    try (InputStream in = ShippedMetrics.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      try (JsonReader reader = Json.createReader(in)) {
        return Optional.of(of(reader.readObject()));
      }
    } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
      return Optional.empty();
    }
  }

  static ShippedMetrics of(JsonObject json) {
    JsonObject tests = json.getJsonObject("tests");
    List<TestSet> sets =
        tests == null
            ? List.of()
            : tests.entrySet().stream()
                .map(Map.Entry::getKey)
                .sorted()
                .map(file -> testSet(file, tests.getJsonObject(file)))
                .toList();
    return new ShippedMetrics(json.getString("model_version", null), sets);
  }

  private static TestSet testSet(String file, JsonObject figures) {
    return new TestSet(
        file,
        figures.getInt("n_test", 0),
        figures.getJsonNumber("macro_f1").doubleValue(),
        figures.getJsonNumber("in_scope_accuracy").doubleValue(),
        figures.getJsonNumber("oos_recall").doubleValue());
  }
}
