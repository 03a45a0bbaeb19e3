package org.relais.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Lets a new model replace the active one only if it is not worse on the same held-out examples:
 * macro-F1, in-scope accuracy and out-of-scope recall may each drop by at most {@link #TOLERANCE}.
 * The tolerance absorbs the jitter of adding a handful of examples; a real regression (an intent
 * lost, a corrupted label set) moves these figures by far more. Out-of-scope recall is in the list
 * because a bot that answers what it does not understand is the failure that hurts visitors most.
 */
public final class PromotionGate {
  /** One percentage point. */
  public static final double TOLERANCE = 0.01;

  private record Measure(String name, ToDoubleFunction<BuildMetrics.Figures> value) {}

  private static final List<Measure> MEASURES =
      List.of(
          new Measure("macro-F1", BuildMetrics.Figures::macroF1),
          new Measure("in-scope accuracy", BuildMetrics.Figures::inScopeAccuracy),
          new Measure("out-of-scope recall", BuildMetrics.Figures::oosRecall));

  private PromotionGate() {}

  /** What got worse, in words; empty when the candidate may be promoted. */
  public static List<String> regressions(
      BuildMetrics.Figures candidate, BuildMetrics.Figures active) {
    List<String> worse = new ArrayList<>();
    if (active == null) {
      return worse;
    }
    for (Measure measure : MEASURES) {
      double now = measure.value().applyAsDouble(active);
      double proposed = measure.value().applyAsDouble(candidate);
      if (proposed < now - TOLERANCE) {
        worse.add(
            String.format(Locale.ROOT, "%s %.3f < %.3f (active)", measure.name(), proposed, now));
      }
    }
    return worse;
  }
}
