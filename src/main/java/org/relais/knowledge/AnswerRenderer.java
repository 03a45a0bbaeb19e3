package org.relais.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an answer's {@code {{PLACEHOLDERS}}} with the center's details. A line left empty (an
 * optional detail such as exceptional closures) disappears; a line naming a detail that is not
 * defined is dropped rather than shown with braces to a visitor.
 */
public final class AnswerRenderer {
  public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z0-9_]+)}}");
  private static final Logger LOG = Logger.getLogger(AnswerRenderer.class.getName());

  private AnswerRenderer() {}

  public static List<String> render(String template, Map<String, String> details) {
    List<String> lines = new ArrayList<>();
    if (template == null) {
      return lines;
    }
    for (String line : template.strip().split("\n")) {
      renderLine(line, details).filter(rendered -> !rendered.isBlank()).ifPresent(lines::add);
    }
    return lines;
  }

  private static java.util.Optional<String> renderLine(String line, Map<String, String> details) {
    Matcher matcher = PLACEHOLDER.matcher(line);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      String value = details.get(matcher.group(1));
      if (value == null) {
        LOG.warning(
            "Answer line dropped: the center detail " + matcher.group(1) + " is not defined");
        return java.util.Optional.empty();
      }
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(value.strip()));
    }
    matcher.appendTail(rendered);
    String text = rendered.toString().strip();
    // "Le week-end : ." when a detail is empty: the line says nothing, drop it.
    return text.matches(".*:\\s*\\.?$") && line.contains("{{")
        ? java.util.Optional.empty()
        : java.util.Optional.of(text);
  }
}
