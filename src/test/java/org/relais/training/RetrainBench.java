package org.relais.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.relais.nlp.IntentModel;
import org.relais.nlp.IntentTrainer;
import org.relais.nlp.LabelledText;
import org.relais.nlp.ModelEvaluation;
import org.relais.nlp.TrainingOptions;
import org.relais.nlp.corpus.CorpusReader;

/**
 * Benchmark (not a test): how long a build from the admin page takes, with the server's options
 * (one thread, 100 iterations, 5 folds): the final training alone, and the whole build
 * (cross-validation, final model, held-out scoring). On the shipped corpus and on a corpus grown to
 * 15,000 examples by recombining each intent's own sentences (two halves of different examples of
 * the same intent), which keeps the vocabulary realistic.
 *
 * <p>Usage: RetrainBench [examples=shipped|15000] [folds=5] [iterations=100]
 */
public final class RetrainBench {
  public static void main(String[] args) throws Exception {
    List<LabelledText> corpus = new ArrayList<>();
    for (String language : ShippedCorpus.LANGUAGES) {
      corpus.addAll(CorpusReader.read(Path.of("models/corpus/" + language + ".yml")));
    }
    List<LabelledText> heldOut = new ArrayList<>();
    for (String language : ShippedCorpus.LANGUAGES) {
      heldOut.addAll(CorpusReader.read(Path.of("models/corpus/test/" + language + ".yml")));
    }
    String size = args.length > 0 ? args[0] : "shipped";
    int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    List<LabelledText> data =
        size.equals("shipped") ? corpus : grown(corpus, Integer.parseInt(size));
    TrainingOptions options = TrainingOptions.defaults().withIterations(iterations).withThreads(1);
    long start = System.nanoTime();
    IntentModel model = new IntentTrainer(options).train(data);
    long trained = System.nanoTime();
    CrossValidation.run(data, options, folds, done -> {});
    long crossValidated = System.nanoTime();
    var report = ModelEvaluation.evaluate(model, heldOut);
    long scored = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d examples, %d iterations, 1 thread: final training %.1f s; %d-fold cross-validation"
            + " %.1f s; held-out scoring %.1f s; whole build %.1f s; held-out macro-F1 %.3f%n",
        data.size(),
        iterations,
        (trained - start) / 1e9,
        folds,
        (crossValidated - trained) / 1e9,
        (scored - crossValidated) / 1e9,
        (scored - start) / 1e9,
        report.macroF1());
  }

  private static List<LabelledText> grown(List<LabelledText> corpus, int target) {
    List<LabelledText> grown = new ArrayList<>(corpus);
    Random random = new Random(42);
    while (grown.size() < target) {
      LabelledText a = corpus.get(random.nextInt(corpus.size()));
      List<LabelledText> same = corpus.stream().filter(e -> e.intent().equals(a.intent())).toList();
      LabelledText b = same.get(random.nextInt(same.size()));
      String[] first = a.text().split(" ");
      String[] second = b.text().split(" ");
      String text =
          String.join(" ", java.util.Arrays.copyOf(first, (first.length + 1) / 2))
              + " "
              + String.join(
                  " ", java.util.Arrays.copyOfRange(second, second.length / 2, second.length));
      grown.add(new LabelledText(text.strip(), a.intent()));
    }
    return grown;
  }
}
