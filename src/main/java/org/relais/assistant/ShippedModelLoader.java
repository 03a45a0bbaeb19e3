package org.relais.assistant;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentModel;
import org.relais.nlp.LanguageHint;
import org.relais.nlp.language.LanguageDetector;

/**
 * Puts the model shipped inside the application (classpath {@value IntentClassifier#SHIPPED_MODEL})
 * in service at start-up. It needs no database, so the bot understands visitors as soon as the
 * model is read; it is read in the background so that deployment does not wait for it, and {@code
 * /health/ready} stays down until it is in service.
 *
 * <p>It is read once: whoever else needs the shipped model (the active-model logic when no version
 * is active, a rollback to it) gets this same instance from {@link #model()}.
 */
@ApplicationScoped
public class ShippedModelLoader {
  private static final Logger LOG = Logger.getLogger(ShippedModelLoader.class.getName());

  @Resource private ManagedExecutorService executor;
  @Inject private ClassifierService classifierService;

  private final CompletableFuture<IntentModel> shipped = new CompletableFuture<>();
  private volatile String problem;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    executor.execute(this::load);
  }

  void load() {
    try {
      IntentClassifier classifier = IntentClassifier.withShippedModel();
      classifier.classify("bonjour je voudrais prendre une douche", LanguageHint.none());
      shipped.complete(classifier.current());
      // A model version promoted in the meantime (from the database) wins over the default.
      if (classifierService.useUnlessLoaded(classifier::classify)) {
        LOG.info("Intent model in service: shipped " + classifier.current());
      }
      // Then OpenNLP's language model and the corpora's vocabulary (both lazy, 1-5 s on a slow
      // machine), now rather than in a visitor's turn; but after the model is in service: until
      // then every message goes to a person (measured: the model came 5 s after start instead
      // of 1 s when they loaded first).
      LanguageDetector.warmUp();
    } catch (RuntimeException e) {
      problem = "the shipped intent model cannot be read: " + e.getMessage();
      LOG.severe(problem);
      shipped.completeExceptionally(e);
    }
  }

  /**
   * The shipped model, waiting for the start-up read if it is still running; empty when it cannot
   * be read (see {@link #problem()}).
   */
  public Optional<IntentModel> model() {
    try {
      return Optional.of(shipped.get(5, TimeUnit.MINUTES));
    } catch (ExecutionException | TimeoutException unreadable) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Why the shipped model is not in service, when reading it failed. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }
}
