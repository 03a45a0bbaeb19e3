package org.relais.nlp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentScore;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.TrainingOptions;

/**
 * {@code classify [--model MODEL] [--language L]}: one message per line of standard input, one JSON
 * object per line of output, through the chat's pipeline.
 */
final class ClassifyCommand {

  private ClassifyCommand() {}

  static void run(Arguments arguments, InputStream in, PrintStream out) throws BadInputException {
    IntentClassifier classifier = new IntentClassifier(Corpora.modelOrShipped(arguments));
    LanguageHint hint = new LanguageHint(arguments.value("--language", null), null);
    String oosLabel = arguments.value("--oos-label", TrainingOptions.defaults().oosLabel());
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        out.println(Json.compact(toJson(line, classifier.classify(line, hint), oosLabel)));
      }
    } catch (IOException e) {
      throw new BadInputException("standard input: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> toJson(
      String text, IntentPrediction prediction, String oosLabel) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("text", text);
    json.put("intent", prediction.outOfScope() ? oosLabel : prediction.intent());
    json.put("confidence", prediction.confidence());
    json.put("out_of_scope", prediction.outOfScope());
    json.put("language", prediction.language());
    List<Object> top = new ArrayList<>();
    for (IntentScore score : prediction.topIntents()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("intent", score.intent());
      entry.put("confidence", score.confidence());
      top.add(entry);
    }
    json.put("top", top);
    return json;
  }
}
