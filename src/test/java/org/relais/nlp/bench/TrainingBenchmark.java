package org.relais.nlp.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.relais.nlp.IntentModel;
import org.relais.nlp.IntentTrainer;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusReader;

/**
 * Training with the defaults on 15,000 examples: banking77's train and test files and the French
 * corpus, 137 labels (CLINC150's training set has 15,000 examples and 151 labels). One training per
 * iteration, calibration included. Run (docs/benchmarks.md):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main TrainingBenchmark \
 *     -p banking77=/work/shared/bench/banking77
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class TrainingBenchmark {

  @Param("/work/shared/bench/banking77")
  public String banking77;

  private List<LabelledText> examples;

  @Setup
  public void read() throws Exception {
    List<LabelledText> all = new ArrayList<>();
    all.addAll(CorpusReader.read(Path.of(banking77, "train.csv")));
    all.addAll(CorpusReader.read(Path.of(banking77, "test.csv")));
    all.addAll(CorpusReader.read(Path.of("models/corpus/fr.yml")));
    if (all.size() < 15_000) {
      throw new IllegalStateException("only " + all.size() + " examples");
    }
    examples = List.copyOf(all.subList(0, 15_000));
  }

  @Benchmark
  public IntentModel train15000() {
    return new IntentTrainer().train(examples);
  }
}
