package org.relais.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentScore;
import org.relais.nlp.LanguageHint;

class ClassifierServiceTest {

  private final LanguageHint french = new LanguageHint("fr", null);

  @Test
  void withoutModel_everyMessageIsOutOfScope() {
    ClassifierService service = new ClassifierService();
    assertFalse(service.isLoaded());
    assertTrue(service.classify("je veux mourir", french).outOfScope());
  }

  @Test
  void theShippedModel_understandsAVisitorOnceInService() {
    ClassifierService service = new ClassifierService();
    IntentClassifier shipped = IntentClassifier.withShippedModel();
    assertTrue(service.useUnlessLoaded(shipped::classify));
    assertEquals("douche_hygiene", service.classify("jpeu prendre 1 douche ?", french).intent());
  }

  @Test
  void useUnlessLoaded_keepsTheModelAlreadyInService() {
    ClassifierService service = new ClassifierService();
    service.use((text, hint) -> prediction("laverie"));
    assertFalse(service.useUnlessLoaded((text, hint) -> prediction("douche_hygiene")));
    assertEquals("laverie", service.classify("bonjour", french).intent());
  }

  private static IntentPrediction prediction(String intent) {
    return new IntentPrediction(List.of(new IntentScore(intent, 0.9)), "fr", false);
  }
}
