package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.relais.nlp.LabelledText;
import org.relais.platform.database.DatabaseReady;

/**
 * At the first start, the shipped corpus enters training_example as IN_MODEL (source CORPUS), so
 * that a build from the admin page learns from the whole dataset, not only from new examples.
 *
 * <p>A start-up observer rather than a Flyway Java migration: the corpus is read with the same
 * reader as the CLI and persisted through the same entity as every other example, and Flyway runs
 * on a bare connection outside the container. Idempotent: it does nothing once any CORPUS example
 * exists (all of them are inserted in one transaction). The corpus is authored text, not visitor
 * text, so it is not redacted (the shipped model was trained on it as it is).
 */
@ApplicationScoped
public class CorpusSeed {
  private static final Logger LOG = Logger.getLogger(CorpusSeed.class.getName());
  private static final int FLUSH_EVERY = 500;

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Inject private CorpusSeed self;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    int inserted = self.seedIfEmpty();
    if (inserted > 0) {
      LOG.info("Training data seeded with " + inserted + " examples of the shipped corpus");
    }
  }

  @Transactional
  public int seedIfEmpty() {
    Long existing =
        entityManager
            .createQuery(
                "select count(e) from TrainingExample e where e.source = :source", Long.class)
            .setParameter("source", ExampleSource.CORPUS)
            .getSingleResult();
    if (existing > 0) {
      return 0;
    }
    int inserted = 0;
    for (var language : ShippedCorpus.training().entrySet()) {
      for (LabelledText example : language.getValue()) {
        entityManager.persist(
            new TrainingExample(
                example.text(),
                example.intent(),
                language.getKey(),
                ExampleStatus.IN_MODEL,
                ExampleSource.CORPUS,
                null));
        if (++inserted % FLUSH_EVERY == 0) {
          entityManager.flush();
          entityManager.clear();
        }
      }
    }
    return inserted;
  }
}
