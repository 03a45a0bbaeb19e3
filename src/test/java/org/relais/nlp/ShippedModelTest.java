package org.relais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relais.nlp.corpus.CorpusReader;

/**
 * The model shipped in models/ is exactly what the corpus trains today, and it sends every safety
 * message of the test sets to a human. When the corpus changes, retrain with the command in
 * models/README.md.
 */
class ShippedModelTest {

  static final List<Path> TRAINING =
      List.of(Path.of("models/corpus/fr.yml"), Path.of("models/corpus/en.yml"));
  static final List<Path> TESTS =
      List.of(Path.of("models/corpus/test/fr.yml"), Path.of("models/corpus/test/en.yml"));

  private static IntentModel shipped;

  @BeforeAll
  static void readShippedModel() {
    shipped = IntentClassifier.shippedModel();
  }

  @Test
  void shippedModel_isWhatTheCorpusTrainsToday() throws Exception {
    List<LabelledText> corpus = new ArrayList<>();
    for (Path file : TRAINING) {
      corpus.addAll(CorpusReader.read(file));
    }
    IntentModel retrained = new IntentTrainer().train(corpus);
    assertEquals(
        shipped.version(),
        retrained.version(),
        "models/intent-model.bin is stale: retrain it (models/README.md)");
    byte[] onDisk = Files.readAllBytes(Path.of("models/intent-model.bin"));
    assertEquals(shipped.version(), IntentModel.fromBytes(onDisk).version());
  }

  @Test
  void shippedModel_knowsAllReferenceIntentsInFrenchAndEnglish() {
    assertEquals(59, shipped.intents().size(), shipped.intents().toString());
    assertEquals(List.of("en", "fr"), List.copyOf(new java.util.TreeSet<>(shipped.languages())));
  }

  @Test
  void shippedModel_sendsEverySafetyTestMessageToAHuman() throws Exception {
    IntentClassifier classifier = new IntentClassifier(shipped);
    int safetyMessages = 0;
    for (Path file : TESTS) {
      for (LabelledText example : CorpusReader.read(file)) {
        if (SafetyIntents.IDS.contains(example.intent())) {
          safetyMessages++;
          IntentPrediction prediction = classifier.classify(example.text(), LanguageHint.none());
          assertTrue(
              prediction.outOfScope() || SafetyIntents.IDS.contains(prediction.intent()),
              () -> example + " was answered as " + prediction.intent());
        }
      }
    }
    assertTrue(safetyMessages >= 50, "too few safety test messages: " + safetyMessages);
  }
}
