package org.relais.nlp.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusReader;
import org.relais.nlp.intent.FeatureVectorizer;
import org.relais.nlp.intent.WeightedFeatures;
import org.relais.nlp.text.TextNormalizer;

/**
 * One maxent fit on banking77's training file (no calibration), then closed-set accuracy on its
 * test file, with the process CPU time of the fit: to compare trainers and features quickly. Not a
 * test. Arguments: directory, generator classes (comma-separated), then key=value training
 * parameters passed to OpenNLP as they are (Algorithm, Iterations, Cutoff, Threads, ...).
 */
public final class TrainerExperiment {

  private TrainerExperiment() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    List<String> generators = List.of(args[1].split(","));
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(
        AbstractEventTrainer.DATA_INDEXER_PARAM,
        AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    for (int i = 2; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      parameters.put(kv[0], kv[1]);
    }
    TextNormalizer normalizer = new TextNormalizer();
    List<LabelledText> train = CorpusReader.read(directory.resolve("train.csv"));
    List<LabelledText> test = CorpusReader.read(directory.resolve("test.csv"));
    List<String[]> messages = new ArrayList<>();
    for (LabelledText example : train) {
      messages.add(normalizer.tokens(example.text()).toArray(new String[0]));
    }
    FeatureVectorizer vectorizer = FeatureVectorizer.fit(generators, messages);
    List<Event> events = new ArrayList<>();
    long active = 0;
    for (int i = 0; i < messages.size(); i++) {
      WeightedFeatures features = vectorizer.vectorize(messages.get(i));
      active += features.names().length;
      events.add(new Event(train.get(i).intent(), features.names(), features.values()));
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
    AbstractModel model =
        (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    int right = 0;
    for (LabelledText example : test) {
      WeightedFeatures f =
          vectorizer.vectorize(normalizer.tokens(example.text()).toArray(new String[0]));
      double[] p = model.eval(f.names(), f.values());
      right += model.getBestOutcome(p).equals(example.intent()) ? 1 : 0;
    }
    Object[] data = model.getDataStructures();
    var contexts = (opennlp.tools.ml.model.Context[]) data[0];
    long params = 0;
    for (var c : contexts) {
      params += c.getOutcomes().length;
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT %s %s: fit cpu %.1f s wall %.1f s; closed-set accuracy %.2f %% (%d/%d); %d"
            + " features, %.1f active per message, %d parameters; load %.2f%n",
        args[1].replaceAll("org\\.relais\\.nlp\\.features\\.", ""),
        String.join(" ", List.of(args).subList(2, args.length)),
        cpu,
        wall,
        100.0 * right / test.size(),
        right,
        test.size(),
        contexts.length,
        (double) active / messages.size(),
        params,
        os.getSystemLoadAverage());
  }
}
