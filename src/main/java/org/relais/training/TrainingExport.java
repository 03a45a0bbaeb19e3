package org.relais.training;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relais.nlp.LabelledText;

/**
 * Writes examples in the formats {@link TrainingImport} and the command-line tool read: CSV ({@code
 * text,intent}, RFC 4180 quoting) and Rasa NLU YAML (one block per intent, sorted).
 */
public final class TrainingExport {
  private TrainingExport() {}

  public static String csv(List<LabelledText> examples) {
    StringBuilder csv = new StringBuilder("text,intent\n");
    for (LabelledText example : examples) {
      csv.append(csvField(oneLine(example.text())))
          .append(',')
          .append(csvField(example.intent()))
          .append('\n');
    }
    return csv.toString();
  }

  public static String yaml(List<LabelledText> examples) {
    Map<String, StringBuilder> byIntent = new TreeMap<>();
    for (LabelledText example : examples) {
      byIntent
          .computeIfAbsent(example.intent(), k -> new StringBuilder())
          .append("    - ")
          .append(oneLine(example.text()))
          .append('\n');
    }
    StringBuilder yaml = new StringBuilder("version: \"3.1\"\nnlu:\n");
    byIntent.forEach(
        (intent, lines) ->
            yaml.append("- intent: ")
                .append(intent)
                .append("\n  examples: |\n")
                .append(lines)
                .append('\n'));
    return yaml.toString();
  }

  private static String csvField(String value) {
    boolean quote =
        value.contains(",") || value.contains("\"") || value.startsWith(" ") || value.endsWith(" ");
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** A line break would end a YAML list item and split a CSV row; a space means the same. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ").strip();
  }
}
