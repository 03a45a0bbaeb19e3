package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.relais.assistant.ShippedModelLoader;
import org.relais.nlp.ModelEvaluation;
import org.relais.platform.database.SyncVersions;
import org.relais.privacy.AuditLog;

/**
 * Puts a model version in service: a candidate through the {@link PromotionGate} (or with an
 * admin's written reason), an earlier version by rollback, or the model shipped with Relais by
 * rollback (no version ACTIVE). Either way the status change, the audit entry and the 'model' sync
 * counter commit together; then this instance swaps at once and the others within a poll (3 s).
 */
@ApplicationScoped
public class ModelPromotion {
  private static final int MAX_REASON = 1000;

  @Inject private ModelVersions versions;
  @Inject private ActiveModel active;
  @Inject private AuditLog audit;
  @Inject private SyncVersions sync;
  @Inject private ModelPromotion self;
  @Inject private ShippedModelLoader shippedModel;

  /**
   * @param overrideReason why to promote a model the gate refuses; null or blank for none
   * @throws TrainingException 409 naming what got worse when the gate refuses and no reason is
   *     given; 409 when the version is not a candidate
   */
  public ModelVersion promote(long id, String actor, String overrideReason) {
    ModelVersion promoted = self.promoteInTransaction(id, actor, reason(overrideReason));
    active.reload();
    return promoted;
  }

  /**
   * @throws TrainingException 409 when the version was never active
   */
  public ModelVersion rollBack(long id, String actor) {
    ModelVersion restored = self.rollBackInTransaction(id, actor);
    active.reload();
    return restored;
  }

  /**
   * Goes back to the model shipped with Relais: the active version is archived (so it can be rolled
   * back to in its turn) and no version is active.
   *
   * @throws TrainingException 409 when the shipped model is already in service or cannot be read
   */
  public void rollBackToShipped(String actor) {
    if (shippedModel.model().isEmpty()) {
      throw new TrainingException(
          409,
          null,
          "the shipped model cannot be read ("
              + shippedModel.problem().orElse("missing")
              + "); keep a stored version active");
    }
    self.rollBackToShippedInTransaction(actor);
    active.reload();
  }

  @Transactional
  public void rollBackToShippedInTransaction(String actor) {
    ModelVersion from =
        versions
            .active()
            .orElseThrow(
                () -> new TrainingException(409, null, "the shipped model is already in service"));
    from.archive();
    sync.bump(SyncVersions.MODEL);
    audit.record(actor, "model.rollback", "the shipped model", "from version " + from.id());
  }

  @Transactional
  public ModelVersion promoteInTransaction(long id, String actor, String reason) {
    ModelVersion candidate =
        versionIn(id, ModelStatus.CANDIDATE, "only a CANDIDATE can be promoted");
    List<String> worse =
        PromotionGate.regressions(versions.metrics(candidate).heldOut(), activeFigures(candidate));
    if (!worse.isEmpty() && reason == null) {
      throw new TrainingException(
          409,
          "overrideReason",
          "the gate refused model version "
              + id
              + ": it is worse than the active model on the held-out examples ("
              + String.join("; ", worse)
              + "); give a reason to promote it anyway");
    }
    String recordedReason = worse.isEmpty() ? null : reason;
    versions.activate(candidate, actor, recordedReason);
    int inModel = versions.markExamplesInModel(candidate.createdAt());
    sync.bump(SyncVersions.MODEL);
    audit.record(
        actor,
        worse.isEmpty() ? "model.promote" : "model.promote-override",
        "version " + id,
        worse.isEmpty()
            ? inModel + " validated examples now in the model"
            : "reason: " + reason + " | worse: " + String.join("; ", worse));
    return candidate;
  }

  @Transactional
  public ModelVersion rollBackInTransaction(long id, String actor) {
    ModelVersion earlier =
        versionIn(
            id,
            ModelStatus.ARCHIVED,
            "only a version that was active before can be rolled back to");
    String from = versions.active().map(v -> "version " + v.id()).orElse("the shipped model");
    versions.activate(earlier, actor, null);
    sync.bump(SyncVersions.MODEL);
    audit.record(actor, "model.rollback", "version " + id, "from " + from);
    return earlier;
  }

  private ModelVersion versionIn(long id, ModelStatus expected, String rule) {
    ModelVersion version = versions.find(id);
    if (version.status() != expected) {
      throw new TrainingException(
          409, "id", "model version " + id + " is " + version.status() + ": " + rule);
    }
    return version;
  }

  /**
   * The active model on the candidate's held-out examples: measured at build time when it is still
   * the same model, measured now otherwise (a promotion or rollback happened since).
   */
  private BuildMetrics.Figures activeFigures(ModelVersion candidate) {
    Optional<ActiveModel.Current> current = active.current();
    if (current.isEmpty()) {
      return null;
    }
    BuildMetrics metrics = versions.metrics(candidate);
    if (current.get().model().version().equals(metrics.activeVersion())) {
      return metrics.activeHeldOut();
    }
    return BuildMetrics.Figures.of(
        ModelEvaluation.evaluate(current.get().model(), ShippedCorpus.heldOut()));
  }

  private static String reason(String overrideReason) {
    if (overrideReason == null || overrideReason.isBlank()) {
      return null;
    }
    String reason = overrideReason.strip();
    if (reason.length() > MAX_REASON) {
      throw new TrainingException(400, "overrideReason", "1-" + MAX_REASON + " characters");
    }
    return reason;
  }
}
