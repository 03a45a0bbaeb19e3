package org.relais.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Measures a model on labelled messages through the same pipeline as the chat (normalise, language,
 * classify, out-of-scope decision), and cross-validates a training configuration.
 */
public final class ModelEvaluation {

  private ModelEvaluation() {}

  /**
   * Scores {@code model} on {@code test}; test messages labelled with the model's out-of-scope
   * label are out-of-scope messages.
   */
  public static EvaluationReport evaluate(IntentModel model, List<LabelledText> test) {
    return evaluate(model, test, model.oosLabel());
  }

  /** As {@link #evaluate(IntentModel, List)}, with the test data's own out-of-scope label. */
  public static EvaluationReport evaluate(
      IntentModel model, List<LabelledText> test, String testOosLabel) {
    return EvaluationReport.of(
        outcomes(model, test, testOosLabel), model.outOfScopeRule().safetyIntents());
  }

  /**
   * Stratified k-fold cross-validation: every label's examples are spread evenly over the folds;
   * each fold is scored by a model trained on the others, and all outcomes are pooled.
   */
  public static EvaluationReport crossValidate(
      List<LabelledText> data, TrainingOptions options, int folds) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
    }
    List<List<LabelledText>> parts = stratifiedFolds(data, folds, options.seed());
    List<EvaluationReport.Outcome> pooled = new ArrayList<>();
    IntentTrainer trainer = new IntentTrainer(options);
    for (int fold = 0; fold < folds; fold++) {
      List<LabelledText> train = new ArrayList<>();
      for (int other = 0; other < folds; other++) {
        if (other != fold) {
          train.addAll(parts.get(other));
        }
      }
      pooled.addAll(outcomes(trainer.train(train), parts.get(fold), options.oosLabel()));
    }
    return EvaluationReport.of(pooled, options.safetyIntents());
  }

  /** The folds {@link #crossValidate} uses; public so that a caller can run them one by one. */
  public static List<List<LabelledText>> stratifiedFolds(
      List<LabelledText> data, int folds, long seed) {
    Map<String, List<LabelledText>> byLabel = new TreeMap<>();
    List<LabelledText> sorted = new ArrayList<>(data);
    sorted.sort(Comparator.comparing(LabelledText::intent).thenComparing(LabelledText::text));
    for (LabelledText example : sorted) {
      byLabel.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example);
    }
    List<List<LabelledText>> parts = new ArrayList<>();
    for (int i = 0; i < folds; i++) {
      parts.add(new ArrayList<>());
    }
    Random random = new Random(seed);
    int next = 0;
    for (List<LabelledText> examples : byLabel.values()) {
      Collections.shuffle(examples, random);
      for (LabelledText example : examples) {
        parts.get(next).add(example);
        next = (next + 1) % folds; // continues across labels so that folds stay the same size
      }
    }
    return parts;
  }

  private static List<EvaluationReport.Outcome> outcomes(
      IntentModel model, List<LabelledText> test, String testOosLabel) {
    IntentClassifier classifier = new IntentClassifier(model);
    List<EvaluationReport.Outcome> outcomes = new ArrayList<>(test.size());
    for (LabelledText example : test) {
      String actual =
          example.intent().equals(testOosLabel) ? IntentPrediction.OUT_OF_SCOPE : example.intent();
      String predicted = classifier.classify(example.text(), LanguageHint.none()).intent();
      outcomes.add(new EvaluationReport.Outcome(actual, predicted));
    }
    return outcomes;
  }
}
