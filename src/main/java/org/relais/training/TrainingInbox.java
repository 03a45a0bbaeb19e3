package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.relais.nlp.PersonalDataRedactor;

/**
 * Where visitor sentences enter the training data: always redacted of personal data first, and
 * always in the INBOX, where an admin validates, relabels or rejects them. In the caller's
 * transaction, or in one of its own (a kiosk turn stores its messages outside JPA, then proposes).
 */
@ApplicationScoped
public class TrainingInbox {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  /**
   * @param predicted what the bot had understood (null when it had nothing)
   */
  @Transactional
  public TrainingExample propose(
      String visitorText, String intent, String language, ExampleSource source, String predicted) {
    String redacted = PersonalDataRedactor.redact(visitorText.strip());
    TrainingExample example =
        new TrainingExample(
            redacted,
            intent,
            language == null ? "und" : language,
            ExampleStatus.INBOX,
            source,
            predicted);
    entityManager.persist(example);
    return example;
  }
}
