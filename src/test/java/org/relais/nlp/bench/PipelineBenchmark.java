package org.relais.nlp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.LabelledText;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.corpus.CorpusReader;

/**
 * The chat's whole pipeline on one kiosk message with the shipped model: normalise, tell the
 * language, classify, decide out-of-scope. Sample mode gives the percentiles (p99). Messages are
 * the French and English test sets, taken in turn. Run (docs/benchmarks.md):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main PipelineBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PipelineBenchmark {

  private IntentClassifier classifier;
  private String[] messages;
  private final LanguageHint hint = new LanguageHint("fr", null);
  private int next;

  @Setup
  public void load() throws Exception {
    classifier = IntentClassifier.withShippedModel();
    List<LabelledText> test = CorpusReader.read(Path.of("models/corpus/test/fr.yml"));
    List<LabelledText> english = CorpusReader.read(Path.of("models/corpus/test/en.yml"));
    messages =
        java.util.stream.Stream.concat(test.stream(), english.stream())
            .map(LabelledText::text)
            .toArray(String[]::new);
  }

  @Benchmark
  public IntentPrediction classifyOneMessage() {
    String message = messages[next];
    next = (next + 1) % messages.length;
    return classifier.classify(message, hint);
  }
}
