package org.relais.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.relais.assistant.Assistant;
import org.relais.platform.database.SyncVersions;
import org.relais.privacy.AuditLog;

/**
 * Admins' edits of the knowledge base. Each edit is checked, recorded in the audit log, and reaches
 * the bot at once here and within seconds on every other instance.
 */
@ApplicationScoped
public class KnowledgeEditor {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{1,63}");
  private static final Pattern NUMBER = Pattern.compile("\\d{2,6}");
  private static final int MAX_ANSWER = 2000;
  private static final int MAX_DETAIL = 2000;
  private static final String DETAIL_NAME = "[A-Z0-9_]{2,64}";

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Inject private KnowledgeBase knowledgeBase;
  @Inject private CenterDetailRepository centerDetails;
  @Inject private AuditLog audit;
  @Inject private SyncVersions sync;

  private final ReadabilityCheck readability = ReadabilityCheck.bundled();

  /** The fields of an intent an admin sets; null leaves a field as it is. */
  public record IntentChange(
      String section,
      Handover handover,
      String escalateCondition,
      String escalateOn,
      String emergencyNumber,
      List<String> quickReplies,
      Map<String, String> labels) {}

  /** An answer in one language. */
  public record AnswerChange(
      String answer,
      List<String> sources,
      LocalDate lastVerified,
      String escalateQuestion,
      List<String> escalateKeywords,
      String emergencyLabel) {}

  @Transactional
  public Intent create(String id, String section, Map<String, String> labels, String actor) {
    if (id == null || !ID.matcher(id).matches()) {
      throw KnowledgeException.invalid(
          "id", "lower case letters, digits and _, 2-64 characters, e.g. bons_alimentaires");
    }
    if (entityManager.find(Intent.class, id) != null) {
      throw KnowledgeException.conflict("the intent " + id + " already exists");
    }
    Intent intent =
        new Intent(id, section == null || section.isBlank() ? "centre" : section, Handover.NONE);
    applyLabels(intent, labels);
    entityManager.persist(intent);
    changed(actor, "intent.create", id, "labels=" + labels);
    return intent;
  }

  @Transactional
  public Intent change(String id, IntentChange change, String actor) {
    Intent intent = find(id);
    if (change.section() != null) {
      intent.moveToSection(change.section());
    }
    if (change.handover() != null) {
      intent.handOver(change.handover());
    }
    if (change.escalateCondition() != null || change.escalateOn() != null) {
      String on = change.escalateOn() == null ? intent.escalateOn() : change.escalateOn();
      if (on != null && !on.equals("yes") && !on.equals("no")) {
        throw KnowledgeException.invalid("escalateOn", "yes or no");
      }
      intent.escalateWhen(
          change.escalateCondition() == null
              ? intent.escalateCondition()
              : change.escalateCondition(),
          on);
    }
    if (change.emergencyNumber() != null) {
      if (!change.emergencyNumber().isEmpty()
          && !NUMBER.matcher(change.emergencyNumber()).matches()) {
        throw KnowledgeException.invalid("emergencyNumber", "2-6 digits, e.g. 3114");
      }
      intent.showEmergencyNumber(
          change.emergencyNumber().isEmpty() ? null : change.emergencyNumber());
    }
    if (change.quickReplies() != null) {
      for (String related : change.quickReplies()) {
        if (entityManager.find(Intent.class, related) == null) {
          throw KnowledgeException.invalid("quickReplies", "no intent " + related);
        }
      }
      intent.offerQuickReplies(change.quickReplies());
    }
    applyLabels(intent, change.labels());
    if (intent.handover() == Handover.URGENT && intent.emergencyNumber() == null) {
      throw KnowledgeException.invalid(
          "emergencyNumber", "an urgent intent shows a free emergency number");
    }
    changed(actor, "intent.change", id, String.valueOf(change));
    return intent;
  }

  /** Sets the answer in a language; returns the easy-to-read warnings of the new text. */
  @Transactional
  public List<ReadabilityCheck.Warning> answer(
      String id, String language, AnswerChange change, String actor) {
    requireLanguage(language);
    if (change.answer() == null
        || change.answer().isBlank()
        || change.answer().length() > MAX_ANSWER) {
      throw KnowledgeException.invalid("answer", "1-" + MAX_ANSWER + " characters");
    }
    if (change.lastVerified() != null
        && change.lastVerified().isAfter(LocalDate.now().plusDays(1))) {
      throw KnowledgeException.invalid("lastVerified", "a date in the future");
    }
    IntentText text = find(id).text(language);
    text.answer(change.answer().strip(), change.sources(), change.lastVerified());
    if (change.escalateQuestion() != null || change.escalateKeywords() != null) {
      text.escalateCheck(change.escalateQuestion(), change.escalateKeywords());
    }
    if (change.emergencyLabel() != null) {
      text.emergencyLabel(change.emergencyLabel());
    }
    changed(actor, "answer.change", id + "/" + language, change.answer());
    return preview(change.answer(), language, change.lastVerified()).warnings();
  }

  @Transactional
  public void retire(String id, boolean retired, String actor) {
    Intent intent = find(id);
    if (retired) {
      intent.retire();
    } else {
      intent.restore();
    }
    changed(actor, retired ? "intent.retire" : "intent.restore", id, null);
  }

  /**
   * The center's French details: replaced all at once (missing ones are kept). A changed value
   * loses its translations (see {@link CenterDetail}); the audit log says which.
   */
  @Transactional
  public void centerDetails(Map<String, String> details, String actor) {
    details.forEach(
        (name, value) -> {
          if (!name.matches(DETAIL_NAME) || value == null || value.length() > MAX_DETAIL) {
            throw KnowledgeException.invalid(
                name, "an upper-case name and a value of at most 2000 characters");
          }
        });
    Map<String, Set<String>> dropped = new TreeMap<>();
    details.forEach(
        (name, value) -> {
          Set<String> languages = centerDetails.put(name, value.strip());
          if (!languages.isEmpty()) {
            dropped.put(name, languages);
          }
        });
    changed(
        actor,
        "center.change",
        String.join(",", details.keySet()),
        dropped.isEmpty()
            ? String.valueOf(details)
            : details + ", translations dropped: " + dropped);
  }

  /**
   * The details' values in another language than French: a blank value removes one (answers in that
   * language show the French value again). Every detail must exist already.
   */
  @Transactional
  public void centerTranslations(String language, Map<String, String> values, String actor) {
    requireLanguage(language);
    if (Knowledge.FALLBACK_LANGUAGE.equals(language)) {
      throw KnowledgeException.invalid(
          "language", "French is the details' own value: change it with PUT /api/admin/center");
    }
    values.forEach(
        (name, value) -> {
          if (value != null && value.length() > MAX_DETAIL) {
            throw KnowledgeException.invalid(name, "a value of at most 2000 characters");
          }
          if (!name.matches(DETAIL_NAME) || centerDetails.find(name).isEmpty()) {
            throw KnowledgeException.noCenterDetail(name);
          }
        });
    values.forEach((name, value) -> centerDetails.translate(name, language, value));
    changed(
        actor,
        "center.translate",
        language + ":" + String.join(",", values.keySet()),
        String.valueOf(values));
  }

  /**
   * How an answer in {@code language} reads once rendered with the center's details (their values
   * in that language where they have one), and its warnings.
   */
  public Preview preview(String answer, String language, LocalDate lastVerified) {
    return preview(answer, language, lastVerified, Map.of());
  }

  /**
   * The same with some center details not saved yet ({@code draftDetails}, in the answer's
   * language, win over the saved ones): the admin sees an answer with the hours being typed before
   * saving them. A null language is French.
   */
  public Preview preview(
      String answer, String language, LocalDate lastVerified, Map<String, String> draftDetails) {
    if (answer != null && answer.length() > MAX_ANSWER) {
      throw KnowledgeException.invalid("answer", "1-" + MAX_ANSWER + " characters");
    }
    if (language != null) {
      requireLanguage(language);
    }
    Map<String, String> details =
        new java.util.HashMap<>(
            knowledgeBase
                .current()
                .centerDetailsIn(language == null ? Knowledge.FALLBACK_LANGUAGE : language));
    if (draftDetails != null) {
      draftDetails.forEach((name, value) -> details.put(name, value == null ? "" : value));
    }
    return new Preview(
        AnswerRenderer.render(answer, details),
        readability.check(answer, details, lastVerified, LocalDate.now()));
  }

  /** An answer as the visitor would read it, and what an easy-to-read check says of it. */
  public record Preview(List<String> lines, List<ReadabilityCheck.Warning> warnings) {}

  private void applyLabels(Intent intent, Map<String, String> labels) {
    if (labels == null) {
      return;
    }
    labels.forEach(
        (language, label) -> {
          requireLanguage(language);
          if (label == null || label.isBlank() || label.length() > 80) {
            throw KnowledgeException.invalid("labels", "a label of 1-80 characters in " + language);
          }
          intent.text(language).label(label.strip());
        });
  }

  private void changed(String actor, String action, String target, String details) {
    entityManager.flush();
    audit.record(actor, action, target, details);
    sync.bump(SyncVersions.KNOWLEDGE);
    knowledgeBase.reloadAfterCommit();
  }

  private Intent find(String id) {
    Intent intent = entityManager.find(Intent.class, id);
    if (intent == null) {
      throw KnowledgeException.notFound(id);
    }
    return intent;
  }

  private static void requireLanguage(String language) {
    if (!Assistant.KIOSK_LANGUAGES.contains(language)) {
      throw KnowledgeException.invalid("language", "one of " + Assistant.KIOSK_LANGUAGES);
    }
  }
}
