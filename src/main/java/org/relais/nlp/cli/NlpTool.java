package org.relais.nlp.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Command-line entry point of {@code relais-nlp.jar}: train, evaluate and classify. Exit codes: 0
 * done, 2 bad input (one line on standard error naming the file and line), 1 internal error.
 */
public final class NlpTool {

  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  private static final Map<String, Set<String>> OPTIONS =
      Map.of(
          "train", Set.of("--data", "--out", "--test", "--oos-label"),
          "evaluate", Set.of("--train", "--model", "--test", "--oos-label"),
          "classify", Set.of("--model", "--language", "--oos-label"));

  private static final Set<String> REPEATABLE = Set.of("--data", "--train", "--test");

  static final String USAGE =
      """
      usage: java -jar relais-nlp.jar COMMAND [OPTIONS]

        train --data FILE [--data FILE...] [--out MODEL] [--test FILE...]
            Train an intent model; write MODEL (default intent-model.bin) and its metrics
            beside it (MODEL without extension + .metrics.json), each replaced atomically.
            --test also scores the new model on FILE and records it in the metrics.
        evaluate (--train FILE... | --model MODEL) --test FILE...
            Per-intent precision/recall/F1, most confused pairs, in-scope accuracy,
            out-of-scope recall and precision, macro-F1; the last line is one JSON object.
            Without --train and --model, the model shipped with Relais is evaluated.
        classify [--model MODEL] [--language L]
            Classify each line of standard input; print one JSON object per line.
            Without --model, the shipped model. --language: the language the visitor picked.

      Common option:
        --oos-label LABEL   label of out-of-scope examples in the files (default oos)
        --help              this text

      Files: CSV with a header naming the columns text and intent (label and category
      are accepted for intent, as in public benchmarks such as banking77), RFC 4180
      quoting; or Rasa NLU YAML (nlu: / - intent: NAME / examples: | / - message).
      Exit codes: 0 done, 2 bad input (a message on standard error), 1 internal error.
      """;

  private NlpTool() {}

  public static void main(String[] args) {
    // OpenNLP logs through SLF4J; the tool runs without a provider and needs no warning about it.
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err));
  }

  /** Runs one command; returns the exit code instead of exiting, for tests. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help")) {
      out.print(USAGE);
      return OK;
    }
    try {
      Arguments arguments = Arguments.parse(args, OPTIONS, REPEATABLE);
      switch (arguments.command()) {
        case "train" -> TrainCommand.run(arguments, out);
        case "evaluate" -> EvaluateCommand.run(arguments, out);
        default -> ClassifyCommand.run(arguments, in, out);
      }
      out.flush();
      return OK;
    } catch (BadInputException e) {
      err.println("relais-nlp: " + e.getMessage());
      return BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("relais-nlp: internal error: " + e);
      return INTERNAL_ERROR;
    }
  }
}
