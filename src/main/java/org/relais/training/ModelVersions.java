package org.relais.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.relais.nlp.IntentModel;

/**
 * The stored model versions: their records, their bytes (gzip, in the same row) and their
 * evaluation. Status changes that must happen together (one ACTIVE at a time) happen here, in one
 * transaction.
 */
@ApplicationScoped
public class ModelVersions {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Transactional
  public List<ModelVersion> all() {
    return entityManager
        .createQuery("select v from ModelVersion v order by v.id desc", ModelVersion.class)
        .setMaxResults(200)
        .getResultList();
  }

  @Transactional
  public ModelVersion find(long id) {
    ModelVersion version = entityManager.find(ModelVersion.class, id);
    if (version == null) {
      throw new TrainingException(404, "id", "no model version " + id);
    }
    return version;
  }

  /** Whether a build is running, on this instance or another one. */
  @Transactional
  public boolean anyBuilding() {
    return entityManager
            .createQuery("select count(v) from ModelVersion v where v.status = :status", Long.class)
            .setParameter("status", ModelStatus.BUILDING)
            .getSingleResult()
        > 0;
  }

  @Transactional
  public Optional<ModelVersion> active() {
    return entityManager
        .createQuery("select v from ModelVersion v where v.status = :status", ModelVersion.class)
        .setParameter("status", ModelStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public ModelVersion startBuild(String author, TrainingDataset dataset, Instant dataReadAt) {
    ModelVersion version =
        new ModelVersion(author, dataset.fingerprint(), dataset.examples().size(), dataReadAt);
    entityManager.persist(version);
    entityManager.flush();
    return version;
  }

  @Transactional
  public void built(long id, IntentModel model, BuildMetrics metrics, long durationMs) {
    find(id).built(JSON.toJson(metrics), durationMs);
    entityManager
        .createNativeQuery("update model_version set model = ? where id = ?")
        .setParameter(1, gzip(model))
        .setParameter(2, id)
        .executeUpdate();
  }

  @Transactional
  public void failed(long id, String error, long durationMs) {
    find(id).failed(error, durationMs);
  }

  /** Builds a previous run left unfinished (the server stopped during them). */
  @Transactional
  public int failAbandonedBuilds() {
    List<ModelVersion> abandoned =
        entityManager
            .createQuery(
                "select v from ModelVersion v where v.status = :status", ModelVersion.class)
            .setParameter("status", ModelStatus.BUILDING)
            .getResultList();
    abandoned.forEach(v -> v.failed("interrupted: the server stopped during the build", 0));
    return abandoned.size();
  }

  /**
   * Makes {@code version} the active one and archives the previous; joins the caller's transaction.
   */
  @Transactional
  public void activate(ModelVersion version, String admin, String overrideReason) {
    active().ifPresent(ModelVersion::archive);
    entityManager.flush();
    version.activate(admin, overrideReason);
  }

  /**
   * The validated examples the build learned from are now in the model. An example changed after
   * the build started (validated, relabelled) has a later updated_at, so it stays VALIDATED.
   */
  @Transactional
  public int markExamplesInModel(Instant buildStarted) {
    return entityManager
        .createQuery(
            "update TrainingExample e set e.status = :inModel"
                + " where e.status = :validated and e.updatedAt <= :started")
        .setParameter("inModel", ExampleStatus.IN_MODEL)
        .setParameter("validated", ExampleStatus.VALIDATED)
        .setParameter("started", buildStarted)
        .executeUpdate();
  }

  @Transactional
  public IntentModel model(long id) {
    List<?> rows =
        entityManager
            .createNativeQuery("select model from model_version where id = ? and model is not null")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      throw new TrainingException(409, "id", "model version " + id + " has no model");
    }
    return gunzip((byte[]) rows.get(0));
  }

  public BuildMetrics metrics(ModelVersion version) {
    return version.metrics() == null ? null : JSON.fromJson(version.metrics(), BuildMetrics.class);
  }

  /** The gzip size of a stored model, in bytes (0 without one). */
  @Transactional
  public long storedSize(long id) {
    Object size =
        entityManager
            .createNativeQuery("select coalesce(length(model), 0) from model_version where id = ?")
            .setParameter(1, id)
            .getSingleResult();
    return ((Number) size).longValue();
  }

  static byte[] gzip(IntentModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      model.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress a model in memory", e);
    }
    return bytes.toByteArray();
  }

  static IntentModel gunzip(byte[] stored) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
      return IntentModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored model is unreadable", e);
    }
  }
}
