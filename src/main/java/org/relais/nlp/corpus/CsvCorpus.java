package org.relais.nlp.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.relais.nlp.LabelledText;

/**
 * CSV corpora (RFC 4180): a header naming the columns {@code text} and {@code intent} (or {@code
 * label}, or {@code category} as in public benchmarks such as banking77), in either order and
 * nothing else; fields with commas, quotes or line breaks are quoted, a quote inside doubled. Blank
 * lines are skipped.
 */
final class CsvCorpus {

  private static final Set<String> INTENT_COLUMNS = Set.of("intent", "label", "category");

  private final String file;
  private final String content;
  private int position;
  private int line = 1;

  private CsvCorpus(String file, String content) {
    this.file = file;
    this.content = content;
  }

  static List<LabelledText> parse(String file, String content) throws CorpusException {
    return new CsvCorpus(file, content).examples();
  }

  private List<LabelledText> examples() throws CorpusException {
    int headerLine = line;
    List<String> header = nextRecord();
    while (header != null && isBlank(header)) {
      headerLine = line;
      header = nextRecord();
    }
    if (header == null) {
      throw new CorpusException(
          file, 0, "missing header: the file is empty (expected text,intent)");
    }
    int[] columns = columns(header, headerLine);
    List<LabelledText> examples = new ArrayList<>();
    for (int recordLine = line; position < content.length(); recordLine = line) {
      List<String> record = nextRecord();
      if (isBlank(record)) {
        continue;
      }
      examples.add(example(record, columns, header.size(), recordLine));
    }
    return examples;
  }

  /** Index of the text column and of the intent column. */
  private int[] columns(List<String> header, int headerLine) throws CorpusException {
    if (header.stream().noneMatch(name -> isKnownColumn(normalized(name)))) {
      throw new CorpusException(
          file,
          headerLine,
          "missing header: the first line must name the columns, e.g. text,intent");
    }
    int text = -1;
    int intent = -1;
    for (int i = 0; i < header.size(); i++) {
      String name = normalized(header.get(i));
      if (name.equals("text") && text < 0) {
        text = i;
      } else if (INTENT_COLUMNS.contains(name) && intent < 0) {
        intent = i;
      } else {
        String problem = isKnownColumn(name) ? "duplicate column \"" : "unknown column \"";
        throw new CorpusException(
            file,
            headerLine,
            problem + header.get(i).strip() + "\" (expected text and intent, label or category)");
      }
    }
    if (text < 0 || intent < 0) {
      String missing = text < 0 ? "text" : "intent (or label, or category)";
      throw new CorpusException(file, headerLine, "missing header column " + missing);
    }
    return new int[] {text, intent};
  }

  private static String normalized(String columnName) {
    return columnName.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isKnownColumn(String name) {
    return name.equals("text") || INTENT_COLUMNS.contains(name);
  }

  private LabelledText example(List<String> record, int[] columns, int width, int recordLine)
      throws CorpusException {
    if (record.size() != width) {
      throw new CorpusException(
          file,
          recordLine,
          "expected "
              + width
              + " fields, found "
              + record.size()
              + " (quote a text that contains commas)");
    }
    String text = record.get(columns[0]).strip();
    String intent = record.get(columns[1]).strip();
    if (text.isEmpty()) {
      throw new CorpusException(file, recordLine, "empty text");
    }
    if (intent.isEmpty()) {
      throw new CorpusException(file, recordLine, "empty intent for \"" + text + "\"");
    }
    return new LabelledText(text, intent);
  }

  private static boolean isBlank(List<String> record) {
    return record.size() == 1 && record.get(0).isBlank();
  }

  /** The next record, or null at the end of the content. */
  private List<String> nextRecord() throws CorpusException {
    if (position >= content.length()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(nextField());
      if (position >= content.length()) {
        return fields;
      }
      char separator = content.charAt(position++);
      if (separator == '\n') {
        line++;
        return fields;
      }
      if (separator == '\r') {
        if (position < content.length() && content.charAt(position) == '\n') {
          position++;
        }
        line++;
        return fields;
      }
    }
  }

  /** One field; leaves {@link #position} on the comma or line break that ends it. */
  private String nextField() throws CorpusException {
    if (position < content.length() && content.charAt(position) == '"') {
      return quotedField();
    }
    int start = position;
    while (position < content.length() && ",\r\n".indexOf(content.charAt(position)) < 0) {
      position++;
    }
    return content.substring(start, position);
  }

  private String quotedField() throws CorpusException {
    int startLine = line;
    StringBuilder field = new StringBuilder();
    position++;
    while (true) {
      if (position >= content.length()) {
        throw new CorpusException(file, startLine, "quoted field is never closed (missing \")");
      }
      char c = content.charAt(position++);
      if (c == '"') {
        if (position < content.length() && content.charAt(position) == '"') {
          field.append('"');
          position++;
          continue;
        }
        if (position < content.length() && ",\r\n".indexOf(content.charAt(position)) < 0) {
          throw new CorpusException(
              file,
              line,
              "unexpected character after a closing quote (double a quote inside quotes)");
        }
        return field.toString();
      }
      line += c == '\n' ? 1 : 0;
      field.append(c);
    }
  }
}
