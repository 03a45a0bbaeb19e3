package org.relais.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.nlp.EvaluationReport;
import org.relais.nlp.IntentModel;
import org.relais.nlp.IntentTrainer;
import org.relais.nlp.LabelledText;
import org.relais.nlp.ModelEvaluation;
import org.relais.nlp.TrainingOptions;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.os.IdlePriority;
import org.relais.platform.settings.Setting;
import org.relais.privacy.AuditLog;

/**
 * Builds a model in the background, one at a time: cross-validation, the final model on all
 * examples, then the held-out examples scored by it and by the active model.
 *
 * <p>It must not slow the chat: the build trains on one thread (OpenNLP's GIS would take both cores
 * of a small server), and that thread runs under Linux's SCHED_IDLE policy ({@link IdlePriority}),
 * so it only gets a core the chat leaves free. An unprivileged thread cannot leave SCHED_IDLE, so
 * each build gets a thread of its own (from the managed thread factory) that ends with it, rather
 * than a pooled executor thread that would stay idle-priority for whatever runs on it next.
 */
@ApplicationScoped
public class ModelBuilds {
  private static final Logger LOG = Logger.getLogger(ModelBuilds.class.getName());

  @Resource private ManagedThreadFactory threads;
  @Inject private ModelVersions versions;
  @Inject private TrainingExamples examples;
  @Inject private ActiveModel active;
  @Inject private AuditLog audit;
  @Inject private RelaisConfiguration configuration;

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile BuildProgress progress;

  /**
   * Starts a build of the validated and in-model examples.
   *
   * @throws TrainingException 409 when a build is running, 400 when the data is too small
   */
  public BuildProgress start(String actor) {
    if (!running.compareAndSet(false, true)) {
      throw alreadyBuilding();
    }
    try {
      if (versions.anyBuilding()) {
        throw alreadyBuilding();
      }
      Instant dataReadAt = Instant.now();
      TrainingDataset dataset = new TrainingDataset(examples.buildable());
      dataset.checkBuildable();
      ModelVersion version = versions.startBuild(actor, dataset, dataReadAt);
      audit.record(
          actor,
          "model.build",
          "version " + version.id(),
          dataset.examples().size() + " examples, data " + dataset.fingerprint());
      progress = new BuildProgress(version.id(), "waiting to start", 0, true, null);
      Thread builder = threads.newThread(() -> build(version.id(), dataset));
      builder.setName("relais-model-build-" + version.id());
      builder.start();
      return progress;
    } catch (RuntimeException refused) {
      running.set(false);
      throw refused;
    }
  }

  /** The build in progress, or the last one this instance ran. */
  public Optional<BuildProgress> progress() {
    return Optional.ofNullable(progress);
  }

  private TrainingException alreadyBuilding() {
    BuildProgress now = progress;
    String which =
        now != null && now.running()
            ? " (version " + now.version() + ": " + now.phase() + ", " + now.percent() + " %)"
            : "";
    return new TrainingException(
        409, null, "a model is already being built" + which + "; wait until it has finished");
  }

  private void build(long id, TrainingDataset dataset) {
    IdlePriority.Outcome priority = IdlePriority.lowerCurrentThread();
    LOG.info("Model version " + id + " builds with CPU priority " + priority);
    long started = System.nanoTime();
    try {
      TrainingOptions options = options();
      int folds = configuration.getInt(Setting.TRAINING_FOLDS);
      List<LabelledText> data = dataset.examples();
      report(id, "cross-validation (0/" + folds + ")", 2);
      EvaluationReport crossValidation =
          CrossValidation.run(
              data,
              options,
              folds,
              done ->
                  report(
                      id, "cross-validation (" + done + "/" + folds + ")", 2 + 68 * done / folds));
      report(id, "training on all examples", 70);
      IntentModel model = new IntentTrainer(options).train(data);
      report(id, "scoring on the held-out examples", 90);
      List<LabelledText> heldOut = ShippedCorpus.heldOut();
      Optional<ActiveModel.Current> previous = active.current();
      BuildMetrics metrics =
          new BuildMetrics(
              folds,
              data.size(),
              BuildMetrics.Figures.of(crossValidation),
              BuildMetrics.Figures.of(ModelEvaluation.evaluate(model, heldOut)),
              previous.map(p -> p.model().version()).orElse(null),
              previous
                  .map(p -> BuildMetrics.Figures.of(ModelEvaluation.evaluate(p.model(), heldOut)))
                  .orElse(null));
      versions.built(id, model, metrics, elapsedMs(started));
      progress = new BuildProgress(id, "done", 100, false, null);
      LOG.info("Model version " + id + " built in " + elapsedMs(started) + " ms");
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.log(Level.WARNING, "Model version " + id + " failed to build", e);
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      versions.failed(id, why, elapsedMs(started));
      progress = new BuildProgress(id, "failed", progress.percent(), false, why);
    } finally {
      running.set(false);
    }
  }

  /** The CLI's options, on one thread and with the configured number of iterations. */
  private TrainingOptions options() {
    return TrainingOptions.defaults()
        .withIterations(configuration.getInt(Setting.TRAINING_ITERATIONS))
        .withThreads(1);
  }

  private void report(long id, String phase, int percent) {
    progress = new BuildProgress(id, phase, percent, true, null);
  }

  private static long elapsedMs(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
