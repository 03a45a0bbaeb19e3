package org.relais.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.LabelledText;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.corpus.CorpusReader;

/**
 * The same work as {@link PipelineBenchmark}, timed in the calling thread's CPU time rather than
 * wall time: on a machine that other processes keep busy, wall-clock percentiles measure the
 * scheduler, CPU time still measures the code (not its caches: other processes on the same cores
 * still slow it). For comparing two versions of the code on a shared machine, alternating runs;
 * {@link PipelineBenchmark} on a quiet machine gives the figure that counts. Not a test: run it
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.relais.nlp.bench.PipelineCpuTime [ROUNDS]
 * </pre>
 */
public final class PipelineCpuTime {

  private static final int WARM_UP_ROUNDS = 40;

  private PipelineCpuTime() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    IntentClassifier classifier = IntentClassifier.withShippedModel();
    List<String> messages = new ArrayList<>();
    for (String file : List.of("models/corpus/test/fr.yml", "models/corpus/test/en.yml")) {
      for (LabelledText example : CorpusReader.read(Path.of(file))) {
        messages.add(example.text());
      }
    }
    LanguageHint hint = new LanguageHint("fr", null);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[messages.size() * rounds];
    int measured = 0;
    int intents = 0;
    for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      for (String message : messages) {
        long start = threads.getCurrentThreadCpuTime();
        intents += classifier.classify(message, hint).intent().length();
        long end = threads.getCurrentThreadCpuTime();
        if (round >= WARM_UP_ROUNDS) {
          nanos[measured++] = end - start;
        }
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "thread CPU per message: mean %.1f us, p50 %.1f, p90 %.1f, p99 %.1f, p99.9 %.1f"
            + " (%d messages x %d rounds, load %.1f; check %d)%n",
        Arrays.stream(nanos).average().orElse(0) / 1e3,
        percentile(nanos, 0.5),
        percentile(nanos, 0.9),
        percentile(nanos, 0.99),
        percentile(nanos, 0.999),
        messages.size(),
        rounds,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        intents);
  }

  private static double percentile(long[] sorted, double share) {
    return sorted[(int) (sorted.length * share)] / 1e3;
  }
}
