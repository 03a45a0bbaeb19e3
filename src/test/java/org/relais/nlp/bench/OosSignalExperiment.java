package org.relais.nlp.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;
import opennlp.tools.ml.model.AbstractModel;
import org.relais.nlp.LabelledText;
import org.relais.nlp.TrainingOptions;
import org.relais.nlp.intent.Calibration;
import org.relais.nlp.intent.FeatureVectorizer;
import org.relais.nlp.intent.GisTraining;
import org.relais.nlp.intent.HeldOutSplit;
import org.relais.nlp.intent.IntentScorer;
import org.relais.nlp.intent.WeightedFeatures;
import org.relais.nlp.text.TextNormalizer;

/**
 * Experiment, not a test: which out-of-scope signal separates best on the banking77 stand-in
 * ({@link IntentBenchmark} with HELD_OUT and OOS_PER). Trains the calibration model and the final
 * model as the trainer does, keeps for every held-out calibration message and every test message
 * the signals a rule could read (calibrated best confidence, second best, entropy, share of known
 * features, out-of-scope class probability), then, for each kind of score and each of its
 * parameters, chooses the threshold on the held-out messages as {@code ThresholdSearch} does (the
 * highest in-scope accuracy + mean out-of-scope recall that costs at most 2 points of in-scope
 * accuracy), keeps the parameter with the best held-out objective, and prints what it gives on the
 * test messages. Nothing is chosen on the test messages.
 *
 * <pre>
 * java -Xmx6g -cp ... org.relais.nlp.bench.OosSignalExperiment /work/shared/bench/banking77 20 5
 * </pre>
 *
 * Variants: {@code -Dsigma=S} (Gaussian prior width), {@code -DunknownShare=X} (share of intents
 * left out of the calibration model).
 */
public final class OosSignalExperiment {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();

  /** As {@code ThresholdSearch.MAX_IN_SCOPE_LOSS}. */
  private static final double MAX_IN_SCOPE_LOSS = 0.02;

  private OosSignalExperiment() {}

  /**
   * One message's signals; {@code kind} is "in", "oos" (labelled) or "unknown" (intent left out).
   */
  record Row(
      String kind,
      boolean right,
      boolean classWins,
      double top,
      double second,
      double entropy,
      double known,
      double oos) {}

  public static void main(String[] args) throws Exception {
    TrainingOptions d = TrainingOptions.defaults();
    double sigma = Double.parseDouble(System.getProperty("sigma", "" + d.gaussianSigma()));
    double unknownShare =
        Double.parseDouble(System.getProperty("unknownShare", "" + d.pseudoUnknownShare()));
    IntentBenchmark.StandIn standIn =
        IntentBenchmark.StandIn.of(
            Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    List<LabelledText> train = new ArrayList<>(standIn.train());
    train.sort(Comparator.comparing(LabelledText::intent).thenComparing(LabelledText::text));
    HeldOutSplit split =
        HeldOutSplit.of(
            train, d.heldOutShare(), unknownShare, d.oosLabel(), d.safetyIntents(), d.seed());
    CompletableFuture<IntentScorer> finalModel =
        CompletableFuture.supplyAsync(() -> fit(train, d, sigma));
    IntentScorer calibrationModel = fit(split.train(), d, sigma);
    List<Calibration.HeldOut> raw = new ArrayList<>();
    for (LabelledText example : split.heldOut()) {
      raw.add(
          new Calibration.HeldOut(
              example.intent(), calibrationModel.rawProbabilities(words(example))));
    }
    double temperature =
        new Calibration(calibrationModel.outcomes(), d.oosLabel(), d.safetyIntents())
            .fit(raw)
            .temperature();
    List<Row> heldOut = new ArrayList<>();
    for (LabelledText example : split.heldOut()) {
      String kind =
          example.intent().equals(d.oosLabel())
              ? "oos"
              : split.unknownIntents().contains(example.intent()) ? "unknown" : "in";
      heldOut.add(row(kind, example, calibrationModel, temperature, d.oosLabel()));
    }
    IntentScorer scorer = finalModel.join();
    List<Row> test = new ArrayList<>();
    for (LabelledText example : standIn.test()) {
      String kind = standIn.heldOutIntents().contains(example.intent()) ? "unknown" : "in";
      test.add(row(kind, example, scorer, temperature, d.oosLabel()));
    }
    System.out.printf(
        Locale.ROOT,
        "sigma %s, unknown share %s, temperature %.4f%n",
        sigma,
        unknownShare,
        temperature);
    compare(heldOut, test, "confidence", List.of(0.0), (r, a) -> r.top());
    compare(heldOut, test, "margin over the second", List.of(0.0), (r, a) -> r.top() - r.second());
    compare(heldOut, test, "minus entropy", List.of(0.0), (r, a) -> -r.entropy());
    compare(heldOut, test, "known-feature share", List.of(0.0), (r, a) -> r.known());
    compare(
        heldOut,
        test,
        "confidence * known share ^ a",
        List.of(0.25, 0.5, 1.0, 2.0, 4.0),
        (r, a) -> r.top() * Math.pow(r.known(), a));
    List<Double> weights = new ArrayList<>();
    for (int step = 0; step <= 20; step++) {
      weights.add(step / 20.0);
    }
    compare(
        heldOut,
        test,
        "confidence / oos class ^ w (the trainer's)",
        weights,
        (r, w) -> r.top() * Math.pow(Math.max(r.oos(), Double.MIN_NORMAL), -w));
  }

  interface Score {
    double of(Row row, double parameter);
  }

  private static void compare(
      List<Row> heldOut, List<Row> test, String name, List<Double> parameters, Score score) {
    double bestObjective = Double.NEGATIVE_INFINITY;
    double bestParameter = 0;
    double bestThreshold = 0;
    for (double parameter : parameters) {
      double[] choice = bestThreshold(heldOut, r -> score.of(r, parameter));
      if (choice[1] > bestObjective) {
        bestObjective = choice[1];
        bestParameter = parameter;
        bestThreshold = choice[0];
      }
    }
    double parameter = bestParameter;
    double[] onTest = outcome(test, r -> score.of(r, parameter), bestThreshold);
    System.out.printf(
        Locale.ROOT,
        "%-45s parameter %.2f threshold %.4f held-out objective %.4f | test in-scope %.4f oos"
            + " recall %.4f%n",
        name,
        bestParameter,
        bestThreshold,
        bestObjective,
        onTest[0],
        onTest[1]);
  }

  /** {threshold, objective}: the threshold search of the trainer, on any score. */
  private static double[] bestThreshold(List<Row> rows, ToDoubleFunction<Row> score) {
    Row[] ascending = rows.toArray(new Row[0]);
    double[] scores = Arrays.stream(ascending).mapToDouble(score).toArray();
    Integer[] order = new Integer[ascending.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    double bestThreshold = 0;
    double bestObjective = objective(rows, score, Double.NEGATIVE_INFINITY);
    double lowest = outcome(rows, score, Double.NEGATIVE_INFINITY)[0] - MAX_IN_SCOPE_LOSS;
    for (int i = 0; i + 1 < order.length; i++) {
      double here = scores[order[i]];
      double next = scores[order[i + 1]];
      if (here == next) {
        continue;
      }
      double threshold = (here + next) / 2;
      if (outcome(rows, score, threshold)[0] < lowest) {
        break;
      }
      double objective = objective(rows, score, threshold);
      if (objective > bestObjective) {
        bestObjective = objective;
        bestThreshold = threshold;
      }
    }
    return new double[] {bestThreshold, bestObjective};
  }

  private static double objective(List<Row> rows, ToDoubleFunction<Row> score, double threshold) {
    double[] outcome = outcome(rows, score, threshold);
    return outcome[0] + outcome[2];
  }

  /** {in-scope accuracy, recall over all out-of-scope rows, mean recall over the two kinds}. */
  private static double[] outcome(List<Row> rows, ToDoubleFunction<Row> score, double threshold) {
    int inScope = 0;
    int right = 0;
    int[] total = new int[2];
    int[] caught = new int[2];
    for (Row row : rows) {
      boolean rejected = row.classWins() || score.applyAsDouble(row) < threshold;
      if (row.kind().equals("in")) {
        inScope++;
        right += !rejected && row.right() ? 1 : 0;
      } else {
        int k = row.kind().equals("oos") ? 0 : 1;
        total[k]++;
        caught[k] += rejected ? 1 : 0;
      }
    }
    double meanRecall = 0;
    int kinds = 0;
    for (int k = 0; k < 2; k++) {
      if (total[k] > 0) {
        meanRecall += (double) caught[k] / total[k];
        kinds++;
      }
    }
    return new double[] {
      (double) right / inScope,
      (double) (caught[0] + caught[1]) / Math.max(1, total[0] + total[1]),
      kinds == 0 ? 0 : meanRecall / kinds
    };
  }

  private static Row row(
      String kind, LabelledText example, IntentScorer scorer, double temperature, String oosLabel) {
    String[] words = words(example);
    WeightedFeatures features = scorer.vectorizer().vectorize(words);
    double[] p = IntentScorer.soften(scorer.rawProbabilities(words), temperature);
    List<String> outcomes = scorer.outcomes();
    int best = -1;
    int second = -1;
    double oos = 0;
    double entropy = 0;
    for (int i = 0; i < p.length; i++) {
      entropy -= p[i] > 0 ? p[i] * Math.log(p[i]) : 0;
      if (outcomes.get(i).equals(oosLabel)) {
        oos = p[i];
      } else if (best < 0 || p[i] > p[best]) {
        second = best;
        best = i;
      } else if (second < 0 || p[i] > p[second]) {
        second = i;
      }
    }
    return new Row(
        kind,
        outcomes.get(best).equals(example.intent()),
        oos > p[best],
        p[best],
        second < 0 ? 0 : p[second],
        entropy,
        features.knownShare(),
        oos);
  }

  private static IntentScorer fit(List<LabelledText> examples, TrainingOptions d, double sigma) {
    List<String[]> messages = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (LabelledText example : examples) {
      messages.add(words(example));
      labels.add(example.intent());
    }
    FeatureVectorizer vectorizer = FeatureVectorizer.fit(d.featureGenerators(), messages);
    List<WeightedFeatures> features = new ArrayList<>();
    for (String[] message : messages) {
      features.add(vectorizer.vectorize(message));
    }
    AbstractModel maxent =
        GisTraining.train(features, labels, d.iterations(), d.cutoff(), sigma, 1);
    return new IntentScorer(vectorizer, maxent, 1.0);
  }

  private static String[] words(LabelledText example) {
    return NORMALIZER.tokens(example.text()).toArray(new String[0]);
  }
}
