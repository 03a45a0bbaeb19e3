package org.relais.nlp.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.relais.nlp.EvaluationReport;
import org.relais.nlp.EvaluationReport.ConfusedPair;
import org.relais.nlp.EvaluationReport.IntentMetrics;

/** The human-readable part of {@code evaluate}'s report. */
final class EvaluationPrinter {

  private static final int CONFUSED_PAIRS = 15;

  private EvaluationPrinter() {}

  static void print(EvaluationReport report, PrintStream out) {
    int width = 12;
    for (IntentMetrics intent : report.perIntent()) {
      width = Math.max(width, intent.intent().length());
    }
    out.printf(
        Locale.ROOT,
        "%-" + width + "s %8s %9s %7s %7s%n",
        "intent",
        "support",
        "precision",
        "recall",
        "f1");
    for (IntentMetrics intent : report.perIntent()) {
      out.printf(
          Locale.ROOT,
          "%-" + width + "s %8d %9.3f %7.3f %7.3f%n",
          intent.intent(),
          intent.support(),
          intent.precision(),
          intent.recall(),
          intent.f1());
    }
    out.println();
    out.println("most confused (label -> prediction):");
    for (ConfusedPair pair : report.mostConfused(CONFUSED_PAIRS)) {
      out.printf(Locale.ROOT, "%6d  %s -> %s%n", pair.count(), pair.actual(), pair.predicted());
    }
    out.println();
    out.printf(Locale.ROOT, "in-scope accuracy   %.4f%n", report.inScopeAccuracy());
    out.printf(Locale.ROOT, "oos recall          %.4f%n", report.oosRecall());
    out.printf(Locale.ROOT, "oos precision       %.4f%n", report.oosPrecision());
    out.printf(Locale.ROOT, "macro-F1            %.4f%n", report.macroF1());
    out.printf(Locale.ROOT, "accuracy            %.4f%n", report.accuracy());
    out.printf(
        Locale.ROOT,
        "safety to a human   %d/%d%n",
        report.safetyToHuman(),
        report.safetyMessages());
    out.printf(Locale.ROOT, "test messages       %d%n", report.testMessages());
  }

  static String summary(EvaluationReport report) {
    return String.format(
        Locale.ROOT,
        "accuracy %.4f, in-scope accuracy %.4f, oos recall %.4f, oos precision %.4f, macro-F1"
            + " %.4f, safety to a human %d/%d, %d messages",
        report.accuracy(),
        report.inScopeAccuracy(),
        report.oosRecall(),
        report.oosPrecision(),
        report.macroF1(),
        report.safetyToHuman(),
        report.safetyMessages(),
        report.testMessages());
  }
}
