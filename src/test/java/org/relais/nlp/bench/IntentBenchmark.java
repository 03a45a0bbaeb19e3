package org.relais.nlp.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentModel;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentTrainer;
import org.relais.nlp.LabelledText;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.TrainingOptions;
import org.relais.nlp.corpus.CorpusReader;

/**
 * Accuracy benchmark on an open corpus with a train and a test file (banking77): trains with the
 * defaults and prints closed-set accuracy (the best intent, as the benchmark's papers count it),
 * in-scope accuracy after the out-of-scope decision, and training time. With a hold-out count,
 * every k-th intent (sorted by name) is left out of training and its test messages count as
 * out-of-scope: a stand-in for a benchmark with real out-of-scope queries. Not a test: run it
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.relais.nlp.bench.IntentBenchmark \
 *     /work/shared/bench/banking77 [HELD_OUT_INTENTS]
 * </pre>
 */
public final class IntentBenchmark {

  private IntentBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    int heldOutCount = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    int oosExamplesPerHeldOutIntent = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    StandIn standIn = StandIn.of(directory, heldOutCount, oosExamplesPerHeldOutIntent);
    List<LabelledText> kept = standIn.train();
    List<LabelledText> test = standIn.test();
    Set<String> heldOut = standIn.heldOutIntents();

    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    IntentModel model = new IntentTrainer(options()).train(kept);
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    double trainCpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
    IntentClassifier classifier = new IntentClassifier(model);

    int inScope = 0;
    int closedSetRight = 0;
    int inScopeRight = 0;
    int outOfScope = 0;
    int outOfScopeCaught = 0;
    int flaggedOutOfScope = 0;
    List<double[]> sweep = new ArrayList<>();
    for (LabelledText example : test) {
      IntentPrediction prediction = classifier.classify(example.text(), LanguageHint.none());
      sweep.add(
          new double[] {
            heldOut.contains(example.intent()) ? 1 : 0,
            prediction.confidence(),
            prediction.topIntents().get(0).intent().equals(example.intent()) ? 1 : 0,
            prediction.topIntents().size() < 2
                ? prediction.confidence()
                : prediction.confidence() - prediction.topIntents().get(1).confidence()
          });
      flaggedOutOfScope += prediction.outOfScope() ? 1 : 0;
      if (heldOut.contains(example.intent())) {
        outOfScope++;
        outOfScopeCaught += prediction.outOfScope() ? 1 : 0;
      } else {
        inScope++;
        closedSetRight += prediction.topIntents().get(0).intent().equals(example.intent()) ? 1 : 0;
        inScopeRight += prediction.intent().equals(example.intent()) ? 1 : 0;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "train %d messages, %d intents (%d held out) in %.1f s (process CPU %.1f s, load %.1f);"
            + " oos threshold %s, oos class weight %s%n",
        kept.size(),
        model.intents().size(),
        heldOut.size(),
        trainSeconds,
        trainCpuSeconds,
        os.getSystemLoadAverage(),
        model.properties().get("oos_threshold"),
        model.properties().get("oos_class_weight"));
    System.out.printf(
        Locale.ROOT,
        "closed-set accuracy %.4f  in-scope accuracy %.4f  (n=%d)%n",
        ratio(closedSetRight, inScope),
        ratio(inScopeRight, inScope),
        inScope);
    if (outOfScope > 0) {
      System.out.printf(
          Locale.ROOT,
          "oos recall %.4f  oos precision %.4f  (n=%d)%n",
          ratio(outOfScopeCaught, outOfScope),
          ratio(outOfScopeCaught, flaggedOutOfScope),
          outOfScope);
    }
    if (System.getProperty("sweep") != null) {
      printSweep(sweep);
    }
  }

  /**
   * The {@code train} defaults, or a variant to compare with them: {@code -Dgenerators=A,B}, {@code
   * -Diterations=N}, {@code -DcalibrationIterations=N}.
   */
  private static TrainingOptions options() {
    TrainingOptions d = TrainingOptions.defaults();
    return new TrainingOptions(
        System.getProperty("generators") == null
            ? d.featureGenerators()
            : List.of(System.getProperty("generators").split(",")),
        Integer.getInteger("iterations", d.iterations()),
        Integer.getInteger("calibrationIterations", d.calibrationIterations()),
        d.cutoff(),
        d.gaussianSigma(),
        d.threads(),
        d.seed(),
        d.heldOutShare(),
        d.pseudoUnknownShare(),
        d.oosLabel(),
        d.safetyIntents());
  }

  /**
   * In-scope accuracy and out-of-scope recall at other thresholds (class decisions ignored), on the
   * best intent's confidence, then on its margin over the second best (an idea not in the chat).
   */
  private static void printSweep(List<double[]> rows) {
    printSweep(rows, 1, "threshold");
    printSweep(rows, 3, "margin threshold");
  }

  private static void printSweep(List<double[]> rows, int score, String name) {
    for (double threshold = 0.05; threshold < 1; threshold += 0.05) {
      int inScope = 0;
      int right = 0;
      int oos = 0;
      int caught = 0;
      for (double[] row : rows) {
        boolean rejected = row[score] < threshold;
        if (row[0] == 1) {
          oos++;
          caught += rejected ? 1 : 0;
        } else {
          inScope++;
          right += !rejected && row[2] == 1 ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s %.2f: in-scope accuracy %.4f  oos recall %.4f%n",
          name,
          threshold,
          ratio(right, inScope),
          ratio(caught, oos));
    }
  }

  /**
   * The benchmark's train and test messages, with {@code heldOutCount} intents (every k-th in name
   * order) left out of training and {@code oosPerHeldOutIntent} training examples of each of them
   * labelled out-of-scope, like CLINC150's own out-of-scope training queries.
   */
  record StandIn(List<LabelledText> train, List<LabelledText> test, Set<String> heldOutIntents) {

    static StandIn of(Path directory, int heldOutCount, int oosPerHeldOutIntent) throws Exception {
      List<LabelledText> train = CorpusReader.read(directory.resolve("train.csv"));
      List<LabelledText> test = CorpusReader.read(directory.resolve("test.csv"));
      Set<String> heldOut = everyKth(train, heldOutCount);
      List<LabelledText> kept = new ArrayList<>();
      Map<String, Integer> oosTaken = new TreeMap<>();
      for (LabelledText example : train) {
        if (!heldOut.contains(example.intent())) {
          kept.add(example);
        } else if (oosTaken.merge(example.intent(), 1, Integer::sum) <= oosPerHeldOutIntent) {
          kept.add(new LabelledText(example.text(), IntentPrediction.OUT_OF_SCOPE));
        }
      }
      return new StandIn(kept, test, heldOut);
    }

    /** Every k-th intent in name order, so that {@code count} of them are left out. */
    private static Set<String> everyKth(List<LabelledText> train, int count) {
      List<String> intents =
          new ArrayList<>(new TreeSet<>(train.stream().map(LabelledText::intent).toList()));
      Set<String> chosen = new TreeSet<>();
      if (count <= 0) {
        return chosen;
      }
      double step = (double) intents.size() / count;
      for (int i = 0; i < count; i++) {
        chosen.add(intents.get((int) (i * step)));
      }
      return chosen;
    }
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
