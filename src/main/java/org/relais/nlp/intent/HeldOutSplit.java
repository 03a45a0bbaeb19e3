package org.relais.nlp.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relais.nlp.LabelledText;

/**
 * Splits training data for calibration: a share of every label's examples is held out, and a share
 * of the intents is also left out of the calibration model entirely, so that their examples can
 * stand for out-of-scope messages. They are in-domain questions the model was not taught, the
 * hardest kind of out-of-scope message; the corpus's own out-of-scope examples (when it has any)
 * are the easy kind, and few once 80 % of them are trained on. {@link Calibration} weighs both
 * kinds equally. Safety intents are never left out: their own bar is calibrated on them.
 * Deterministic for a given seed and input.
 *
 * @param train what the calibration model trains on
 * @param heldOut what it is then scored on
 * @param unknownIntents the intents left out of the calibration model
 */
public record HeldOutSplit(
    List<LabelledText> train, List<LabelledText> heldOut, Set<String> unknownIntents) {

  public static HeldOutSplit of(
      List<LabelledText> data,
      double heldOutShare,
      double unknownShare,
      String oosLabel,
      Set<String> safetyIntents,
      long seed) {
    Random random = new Random(seed);
    Map<String, List<LabelledText>> byLabel = new TreeMap<>();
    for (LabelledText example : data) {
      byLabel.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example);
    }
    Set<String> unknown =
        pickUnknownIntents(byLabel.keySet(), unknownShare, oosLabel, safetyIntents, random);
    List<LabelledText> train = new ArrayList<>();
    List<LabelledText> heldOut = new ArrayList<>();
    for (Map.Entry<String, List<LabelledText>> entry : byLabel.entrySet()) {
      List<LabelledText> examples = new ArrayList<>(entry.getValue());
      Collections.shuffle(examples, random);
      if (unknown.contains(entry.getKey())) {
        heldOut.addAll(examples);
        continue;
      }
      int held =
          examples.size() < 2 ? 0 : Math.max(1, (int) Math.floor(heldOutShare * examples.size()));
      heldOut.addAll(examples.subList(0, held));
      train.addAll(examples.subList(held, examples.size()));
    }
    return new HeldOutSplit(List.copyOf(train), List.copyOf(heldOut), Set.copyOf(unknown));
  }

  private static Set<String> pickUnknownIntents(
      Set<String> labels, double share, String oosLabel, Set<String> safetyIntents, Random random) {
    List<String> candidates = new ArrayList<>();
    int intents = 0;
    for (String label : labels) {
      if (!label.equals(oosLabel)) {
        intents++;
        if (!safetyIntents.contains(label)) {
          candidates.add(label);
        }
      }
    }
    Collections.shuffle(candidates, random);
    // At least two intents must stay for the calibration model to classify anything.
    int count = Math.min((int) Math.round(share * intents), Math.max(0, intents - 2));
    return new TreeSet<>(candidates.subList(0, Math.min(count, candidates.size())));
  }
}
