package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.relais.knowledge.KnowledgeBase;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.LabelledText;
import org.relais.nlp.PersonalDataRedactor;
import org.relais.privacy.AuditLog;

/** Admins review the training data: validate, relabel or reject, one example or many at once. */
@ApplicationScoped
public class TrainingExamples {
  private static final int MAX_TEXT = 1000;

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Inject private KnowledgeBase knowledgeBase;
  @Inject private AuditLog audit;

  /** What an admin narrows the list to; a null field matches everything. */
  public record Filter(
      ExampleStatus status, String intent, String language, ExampleSource source) {}

  /** A page of examples, newest first. */
  @Transactional
  public List<TrainingExample> page(Filter filter, int offset, int limit) {
    TypedQuery<TrainingExample> query =
        entityManager.createQuery(
            "select e from TrainingExample e where (:status is null or e.status = :status)"
                + " and (:intent is null or e.intent = :intent)"
                + " and (:language is null or e.language = :language)"
                + " and (:source is null or e.source = :source) order by e.id desc",
            TrainingExample.class);
    return query
        .setParameter("status", filter.status())
        .setParameter("intent", filter.intent())
        .setParameter("language", filter.language())
        .setParameter("source", filter.source())
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  /** How many examples there are in each status. */
  @Transactional
  @SuppressWarnings("unchecked")
  public Map<ExampleStatus, Long> countsByStatus() {
    List<Object[]> rows =
        entityManager
            .createQuery("select e.status, count(e) from TrainingExample e group by e.status")
            .getResultList();
    return rows.stream().collect(Collectors.toMap(r -> (ExampleStatus) r[0], r -> (Long) r[1]));
  }

  /** What the next build learns from (and an export holds): validated and in-model examples. */
  @Transactional
  public List<LabelledText> buildable() {
    return entityManager
        .createQuery(
            "select e from TrainingExample e where e.status in :statuses order by e.id",
            TrainingExample.class)
        .setParameter("statuses", List.of(ExampleStatus.VALIDATED, ExampleStatus.IN_MODEL))
        .getResultStream()
        .map(e -> new LabelledText(e.text(), e.intent()))
        .toList();
  }

  @Transactional
  public int validate(List<Long> ids, String actor) {
    return change(ids, TrainingExample::validate, "training.validate", actor);
  }

  @Transactional
  public int reject(List<Long> ids, String actor) {
    return change(ids, TrainingExample::reject, "training.reject", actor);
  }

  @Transactional
  public int relabel(List<Long> ids, String intent, String actor) {
    requireIntent(intent);
    return change(ids, example -> example.relabel(intent), "training.relabel:" + intent, actor);
  }

  /** An example typed by an admin: redacted like any other text, and validated at once. */
  @Transactional
  public TrainingExample add(String text, String intent, String language, String actor) {
    if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
      throw new TrainingException(400, "text", "1-" + MAX_TEXT + " characters");
    }
    requireIntent(intent);
    TrainingExample example =
        new TrainingExample(
            PersonalDataRedactor.redact(text.strip()),
            intent,
            language == null ? "fr" : language,
            ExampleStatus.VALIDATED,
            ExampleSource.ADMIN,
            null);
    entityManager.persist(example);
    audit.record(actor, "training.add", intent, example.text());
    return example;
  }

  private int change(
      List<Long> ids,
      java.util.function.Consumer<TrainingExample> action,
      String what,
      String actor) {
    if (ids == null || ids.isEmpty()) {
      throw new TrainingException(400, "ids", "choose at least one example");
    }
    int changed = 0;
    for (Long id : ids) {
      TrainingExample example = entityManager.find(TrainingExample.class, id);
      if (example == null) {
        throw new TrainingException(404, "ids", "no training example " + id);
      }
      action.accept(example);
      changed++;
    }
    audit.record(actor, what, ids.size() + " example(s)", ids.toString());
    return changed;
  }

  void requireIntent(String intent) {
    if (intent == null
        || (!IntentPrediction.OUT_OF_SCOPE.equals(intent)
            && knowledgeBase.current().intent(intent).isEmpty())) {
      throw new TrainingException(400, "intent", "unknown intent " + intent);
    }
  }
}
