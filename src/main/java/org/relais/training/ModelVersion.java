package org.relais.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One intent model built from the admin page: BUILDING, then CANDIDATE (or FAILED); promoted to
 * ACTIVE, ARCHIVED when another takes its place, ACTIVE again on a rollback. The model's bytes live
 * in the same row but are read and written apart (see {@link ModelVersions}), so that listing
 * versions never loads megabytes of weights.
 */
@Entity
@Table(name = "model_version")
public class ModelVersion {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ModelStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(length = 64)
  private String fingerprint;

  @Column(name = "example_count", nullable = false)
  private int exampleCount;

  @Column(name = "duration_ms")
  private Long durationMs;

  @Column(length = 2000)
  private String error;

  @Column(columnDefinition = "LONGTEXT")
  private String metrics;

  @Column(name = "activated_at")
  private Instant activatedAt;

  @Column(name = "activated_by", length = 64)
  private String activatedBy;

  @Column(name = "override_reason", length = 1000)
  private String overrideReason;

  protected ModelVersion() {}

  /**
   * @param dataReadAt when the training data was read: examples changed later are not in it
   */
  ModelVersion(String author, String fingerprint, int exampleCount, Instant dataReadAt) {
    this.status = ModelStatus.BUILDING;
    this.createdAt = dataReadAt;
    this.author = author;
    this.fingerprint = fingerprint;
    this.exampleCount = exampleCount;
  }

  void built(String metricsJson, long duration) {
    status = ModelStatus.CANDIDATE;
    metrics = metricsJson;
    durationMs = duration;
  }

  void failed(String why, long duration) {
    status = ModelStatus.FAILED;
    error = why.length() > 2000 ? why.substring(0, 2000) : why;
    durationMs = duration;
  }

  void activate(String admin, String reason) {
    status = ModelStatus.ACTIVE;
    activatedAt = Instant.now();
    activatedBy = admin;
    if (reason != null) {
      overrideReason = reason;
    }
  }

  void archive() {
    status = ModelStatus.ARCHIVED;
  }

  public long id() {
    return id;
  }

  public ModelStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String author() {
    return author;
  }

  public String fingerprint() {
    return fingerprint;
  }

  public int exampleCount() {
    return exampleCount;
  }

  public Long durationMs() {
    return durationMs;
  }

  public String error() {
    return error;
  }

  /** The evaluation as JSON ({@link BuildMetrics}), or null until built. */
  public String metrics() {
    return metrics;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  public String activatedBy() {
    return activatedBy;
  }

  public String overrideReason() {
    return overrideReason;
  }
}
