package org.relais.assistant;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.LanguageHint;

/**
 * Puts the model shipped inside the application (classpath {@value IntentClassifier#SHIPPED_MODEL})
 * in service at start-up. It needs no database, so the bot understands visitors as soon as the
 * model is read; it is read in the background so that deployment does not wait for it, and {@code
 * /health/ready} stays down until it is in service.
 */
@ApplicationScoped
public class ShippedModelLoader {
  private static final Logger LOG = Logger.getLogger(ShippedModelLoader.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private ClassifierService classifierService;

  private volatile String problem;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    executor.execute(this::load);
  }

  void load() {
    try {
      IntentClassifier classifier = IntentClassifier.withShippedModel();
      // Loads the language model (read lazily) now rather than on a visitor's first message.
      classifier.classify("bonjour je voudrais prendre une douche", LanguageHint.none());
      // A model version promoted in the meantime (from the database) wins over the default.
      if (classifierService.useUnlessLoaded(classifier::classify)) {
        LOG.info("Intent model in service: shipped " + classifier.current());
      }
    } catch (RuntimeException e) {
      problem = "the shipped intent model cannot be read: " + e.getMessage();
      LOG.severe(problem);
    }
  }

  /** Why the shipped model is not in service, when reading it failed. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }
}
