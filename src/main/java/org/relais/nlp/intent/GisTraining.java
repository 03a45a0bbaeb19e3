package org.relais.nlp.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP's maxent model by Generalized Iterative Scaling with Gaussian smoothing on
 * real-valued (tf-idf) features. GIS keeps one weight per feature and intent seen together, where
 * the quasi-Newton trainer keeps a dense weight for every feature and every intent (and several
 * copies of them while it trains): far bigger models and memory for 150 intents.
 */
public final class GisTraining {

  private GisTraining() {}

  /**
   * @param messages weighted features of each training message
   * @param labels the intent of each message, in the same order
   * @param cutoff features seen in fewer messages than this are left out
   */
  public static AbstractModel train(
      List<WeightedFeatures> messages,
      List<String> labels,
      int iterations,
      int cutoff,
      double gaussianSigma,
      int threads) {
    List<Event> events = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      WeightedFeatures features = messages.get(i);
      events.add(new Event(labels.get(i), features.names(), features.values()));
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, threads);
    parameters.put("GaussianSmoothing", true);
    parameters.put("GaussianSmoothingSigma", gaussianSigma);
    parameters.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM,
        AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
    try {
      return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training on in-memory events failed", e);
    }
  }
}
