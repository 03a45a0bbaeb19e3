package org.relais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With one thread (a background build in the server) both models are trained on the caller's
 * thread; with more, the final model is trained beside the calibration model, and the model is
 * still the same bytes from one training to the next.
 */
class IntentTrainerThreadsTest {

  /** A word-unigram generator that notes which threads extract features. */
  public static final class RecordingWords implements FeatureGenerator {
    static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInfo) {
      THREADS.add(Thread.currentThread().getName());
      List<String> features = new ArrayList<>();
      for (String word : words) {
        features.add("w=" + word);
      }
      return features;
    }
  }

  @BeforeEach
  void forget() {
    RecordingWords.THREADS.clear();
  }

  @Test
  void oneThread_trainsBothModelsOnTheCallersThread() {
    new IntentTrainer(options(1)).train(corpus());
    assertEquals(Set.of(Thread.currentThread().getName()), RecordingWords.THREADS);
  }

  @Test
  void twoThreads_trainTheFinalModelBesideTheCalibrationModel_withTheSameBytesEachTime() {
    IntentModel first = new IntentTrainer(options(2)).train(corpus());
    assertTrue(
        RecordingWords.THREADS.contains("intent-final-model"), RecordingWords.THREADS::toString);
    IntentModel second = new IntentTrainer(options(2)).train(corpus());
    assertEquals(first.version(), second.version());
  }

  private static TrainingOptions options(int threads) {
    return TrainingOptions.defaults()
        .withIterations(10)
        .withThreads(threads)
        .withFeatureGenerators(List.of(RecordingWords.class.getName()));
  }

  private static List<LabelledText> corpus() {
    List<LabelledText> corpus = new ArrayList<>();
    String[][] phrasings = {
      {"douche", "je veux prendre une douche", "ou est la douche", "douche libre", "douche svp"},
      {"repas", "on mange quand", "le repas est a quelle heure", "jai faim", "manger ce midi"},
      {"courrier", "jai du courrier", "mon courrier est arrive", "lettre pour moi", "courrier svp"},
    };
    for (String[] intent : phrasings) {
      for (int i = 1; i < intent.length; i++) {
        corpus.add(new LabelledText(intent[i], intent[0]));
      }
    }
    corpus.add(new LabelledText("quel temps fait il", "oos"));
    corpus.add(new LabelledText("qui a gagne le match", "oos"));
    return corpus;
  }
}
