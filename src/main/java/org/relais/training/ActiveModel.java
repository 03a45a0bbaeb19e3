package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.assistant.ClassifierService;
import org.relais.assistant.ShippedModelLoader;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentModel;
import org.relais.platform.database.DatabaseReady;
import org.relais.platform.database.SyncVersions;

/**
 * The model the bot classifies with: the ACTIVE version in MariaDB, else the model shipped with
 * Relais. Loaded at start-up and again whenever any instance promotes or rolls back (the 'model'
 * sync counter); the swap is atomic, so a turn in progress finishes on the model it started with.
 * The shipped model is the one {@link ShippedModelLoader} read at start-up, never a second copy.
 */
@ApplicationScoped
public class ActiveModel {
  private static final Logger LOG = Logger.getLogger(ActiveModel.class.getName());

  @Inject private ClassifierService classifierService;
  @Inject private ModelVersions versions;
  @Inject private ShippedModelLoader shippedModel;

  /** The model in use and its version row (null for the shipped model). */
  public record Current(Long versionId, IntentModel model) {}

  private volatile Current current;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    int abandoned = versions.failAbandonedBuilds();
    if (abandoned > 0) {
      LOG.warning(abandoned + " model build(s) were interrupted by a restart and marked FAILED");
    }
    reload();
  }

  void onChange(@Observes SyncVersions.Changed changed) {
    if (SyncVersions.MODEL.equals(changed.name())) {
      reload();
    }
  }

  /** Reads the ACTIVE version again; does nothing if it is the one already in use. */
  public synchronized void reload() {
    try {
      Optional<ModelVersion> active = versions.active();
      if (active.isPresent()) {
        long id = active.get().id();
        if (current == null || current.versionId() == null || current.versionId() != id) {
          use(new Current(id, versions.model(id)));
        }
      } else if (current == null || current.versionId() != null) {
        useShipped();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The active model could not be loaded; the previous one stays", e);
    }
  }

  public Optional<Current> current() {
    return Optional.ofNullable(current);
  }

  private void use(Current next) {
    IntentClassifier classifier = new IntentClassifier(next.model());
    classifierService.use(classifier::classify);
    current = next;
    LOG.info(
        "Intent model in use: "
            + next.model()
            + (next.versionId() == null ? " (shipped)" : " (version " + next.versionId() + ")"));
  }

  private void useShipped() {
    Optional<IntentModel> shipped = shippedModel.model();
    if (shipped.isEmpty()) {
      LOG.warning(
          "No shipped intent model and no active version: every message goes to a person until"
              + " an admin promotes a model");
    } else if (current == null) {
      // At start-up the loader has already put it in service (or will, unless a version wins).
      classifierService.useUnlessLoaded(new IntentClassifier(shipped.get())::classify);
      current = new Current(null, shipped.get());
    } else {
      use(new Current(null, shipped.get()));
    }
  }
}
