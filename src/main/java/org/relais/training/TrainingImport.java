package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relais.nlp.LabelledText;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.PersonalDataRedactor;
import org.relais.nlp.corpus.CorpusException;
import org.relais.nlp.corpus.CorpusReader;
import org.relais.nlp.language.LanguageDetection;
import org.relais.nlp.language.LanguageDetector;
import org.relais.privacy.AuditLog;

/**
 * Imports labelled examples from a CSV ({@code text,intent}) or Rasa NLU YAML file, read by the
 * same reader as the command-line tool. A file the reader cannot parse is refused whole (400 with
 * its line); otherwise each example is accepted (VALIDATED, source IMPORT, redacted of personal
 * data) or refused with its line and reason, and the accepted ones are stored in one transaction.
 */
@ApplicationScoped
public class TrainingImport {
  private static final int MAX_TEXT = 1000;
  public static final int MAX_FILE_CHARS = 5_000_000;

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Inject private TrainingExamples examples;
  @Inject private AuditLog audit;

  private final LanguageDetector languages = new LanguageDetector();

  /** A refused example: its line in the file (0 when it cannot be told), and why. */
  public record Refusal(int line, String text, String intent, String reason) {}

  public record Report(int accepted, int redacted, List<Refusal> refused) {}

  /**
   * @param fileName the file's name; its extension (.csv, .yml, .yaml) chooses the format
   * @param language the examples' language, or null to detect it per example (French when unsure)
   * @throws TrainingException 400 naming the line when the file cannot be read at all
   */
  @Transactional
  public Report importFile(String fileName, String content, String language, String actor) {
    if (content == null || content.isBlank()) {
      throw new TrainingException(400, "content", "the file is empty");
    }
    if (content.length() > MAX_FILE_CHARS) {
      throw new TrainingException(
          413, "content", "the file is larger than " + MAX_FILE_CHARS + " characters: split it");
    }
    String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
    List<LabelledText> parsed;
    try {
      parsed = CorpusReader.read(name, content);
    } catch (CorpusException e) {
      throw new TrainingException(400, "content", e.getMessage() + "; nothing was imported");
    }
    Map<String, String> known = existingLabels();
    LineFinder lines = new LineFinder(content);
    List<Refusal> refused = new ArrayList<>();
    int accepted = 0, redacted = 0;
    for (LabelledText example : parsed) {
      int line = lines.lineOf(example.text());
      String text = PersonalDataRedactor.redact(example.text().strip());
      String problem = problem(text, example.intent(), known);
      if (problem != null) {
        refused.add(new Refusal(line, text, example.intent(), problem));
        continue;
      }
      redacted += text.equals(example.text().strip()) ? 0 : 1;
      entityManager.persist(
          new TrainingExample(
              text,
              example.intent(),
              language != null ? language : languageOf(text),
              ExampleStatus.VALIDATED,
              ExampleSource.IMPORT,
              null));
      known.put(key(text), example.intent());
      accepted++;
    }
    audit.record(
        actor,
        "training.import",
        name,
        accepted + " accepted, " + refused.size() + " refused, " + redacted + " redacted");
    return new Report(accepted, redacted, refused);
  }

  /** Why an example is refused, or null. */
  private String problem(String text, String intent, Map<String, String> known) {
    if (text.length() > MAX_TEXT) {
      return "text longer than " + MAX_TEXT + " characters";
    }
    try {
      examples.requireIntent(intent);
    } catch (TrainingException unknown) {
      return "unknown intent " + intent;
    }
    String existing = known.get(key(text));
    if (existing == null) {
      return null;
    }
    return existing.equals(intent)
        ? "duplicate: this text is already in the training data"
        : "conflict: this text is already labelled " + existing;
  }

  /** Every example that is not rejected, by its text (case and spaces aside). */
  private Map<String, String> existingLabels() {
    Map<String, String> labels = new HashMap<>();
    entityManager
        .createQuery(
            "select e.text, e.intent from TrainingExample e where e.status <> :rejected",
            Object[].class)
        .setParameter("rejected", ExampleStatus.REJECTED)
        .getResultStream()
        .forEach(row -> labels.put(key((String) row[0]), (String) row[1]));
    return labels;
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private String languageOf(String text) {
    LanguageDetection detected = languages.detect(text, new LanguageHint("fr", null));
    return detected.certain() ? detected.language() : "fr";
  }

  /**
   * Finds each example's line by searching its text forward from the previous one: the reader
   * returns examples in file order, so this is exact for texts written as they are (most lines) and
   * 0 for the rare quoted or escaped one that does not appear verbatim.
   */
  static final class LineFinder {
    private final String content;
    private int from;

    LineFinder(String content) {
      this.content = content;
    }

    int lineOf(String text) {
      int at = content.indexOf(text, from);
      if (at < 0) {
        return 0;
      }
      from = at + text.length();
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += content.charAt(i) == '\n' ? 1 : 0;
      }
      return line;
    }
  }
}
