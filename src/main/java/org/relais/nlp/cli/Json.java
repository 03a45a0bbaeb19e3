package org.relais.nlp.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The little JSON the tool prints: maps (in their own iteration order), lists, strings, numbers,
 * booleans. Numbers have six decimals at most, so that diffs of metrics files stay readable.
 */
final class Json {

  private Json() {}

  /** On one line. */
  static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, -1, 0);
    return out.toString();
  }

  /** Indented by two spaces, one entry per line. */
  static String pretty(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, 2, 0);
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, int indent, int depth) {
    if (value instanceof Map<?, ?> map) {
      writeEntries(map, out, indent, depth);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i > 0 ? "," : "");
        newline(out, indent, depth + 1);
        write(list.get(i), out, indent, depth + 1);
      }
      newline(out, indent, depth);
      out.append(']');
    } else if (value instanceof String text) {
      quote(text, out);
    } else if (value instanceof Double || value instanceof Float) {
      out.append(number(((Number) value).doubleValue()));
    } else {
      out.append(value); // integers, booleans, null
    }
  }

  private static void writeEntries(Map<?, ?> map, StringBuilder out, int indent, int depth) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(first ? "" : ",");
      first = false;
      newline(out, indent, depth + 1);
      quote(String.valueOf(entry.getKey()), out);
      out.append(indent < 0 ? ":" : ": ");
      write(entry.getValue(), out, indent, depth + 1);
    }
    if (!map.isEmpty()) {
      newline(out, indent, depth);
    }
    out.append('}');
  }

  private static void newline(StringBuilder out, int indent, int depth) {
    if (indent >= 0) {
      out.append('\n').append(" ".repeat(indent * depth));
    }
  }

  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    String fixed = String.format(Locale.ROOT, "%.6f", value);
    fixed = fixed.replaceAll("0+$", "");
    return fixed.endsWith(".") ? fixed + "0" : fixed;
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
