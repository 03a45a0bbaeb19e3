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
 * A sentence labelled with the intent it means, for training. Visitor sentences are redacted of
 * personal data before they become one (see {@link TrainingInbox}).
 */
@Entity
@Table(name = "training_example")
public class TrainingExample {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 1000)
  private String text;

  @Column(nullable = false, length = 64)
  private String intent;

  @Column(nullable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ExampleStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExampleSource source;

  @Column(length = 64)
  private String predicted;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TrainingExample() {}

  TrainingExample(
      String text,
      String intent,
      String language,
      ExampleStatus status,
      ExampleSource source,
      String predicted) {
    this.text = text;
    this.intent = intent;
    this.language = language;
    this.status = status;
    this.source = source;
    this.predicted = predicted;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public void validate() {
    moveTo(ExampleStatus.VALIDATED);
  }

  public void reject() {
    moveTo(ExampleStatus.REJECTED);
  }

  public void relabel(String newIntent) {
    intent = newIntent;
    updatedAt = Instant.now();
  }

  public void includedInModel() {
    moveTo(ExampleStatus.IN_MODEL);
  }

  private void moveTo(ExampleStatus newStatus) {
    status = newStatus;
    updatedAt = Instant.now();
  }

  public long id() {
    return id;
  }

  public String text() {
    return text;
  }

  public String intent() {
    return intent;
  }

  public String language() {
    return language;
  }

  public ExampleStatus status() {
    return status;
  }

  public ExampleSource source() {
    return source;
  }

  public String predicted() {
    return predicted;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
