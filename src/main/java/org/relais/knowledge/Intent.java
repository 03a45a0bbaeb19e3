package org.relais.knowledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An intent of the knowledge base: what visitors ask (e.g. {@code horaires_ouverture}), when it
 * goes to a person, and its texts per language. Seeded from {@code knowledge/intents.yml}; admins
 * edit it later.
 */
@Entity
@Table(name = "intent")
public class Intent {
  @Id
  @Column(length = 64)
  private String id;

  @Column(nullable = false, length = 40)
  private String section;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Handover handover;

  @Column(name = "escalate_condition", length = 400)
  private String escalateCondition;

  @Column(name = "escalate_on", length = 3)
  private String escalateOn;

  @Column(name = "emergency_number", length = 16)
  private String emergencyNumber;

  @Column(name = "quick_replies", nullable = false, length = 400)
  private String quickReplies = "";

  @Column(nullable = false)
  private boolean retired;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(
      mappedBy = "intent",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @MapKey(name = "language")
  private Map<String, IntentText> texts = new HashMap<>();

  protected Intent() {}

  public Intent(String id, String section, Handover handover) {
    this.id = id;
    this.section = section;
    this.handover = handover;
    this.updatedAt = Instant.now();
  }

  /** Changes when the intent goes to a person. */
  public void handOver(Handover newHandover) {
    handover = newHandover;
    updatedAt = Instant.now();
  }

  public void moveToSection(String newSection) {
    section = newSection;
    updatedAt = Instant.now();
  }

  /** No longer offered or answered; kept so that statistics and old models still name it. */
  public void retire() {
    retired = true;
    updatedAt = Instant.now();
  }

  public void restore() {
    retired = false;
    updatedAt = Instant.now();
  }

  public void escalateWhen(String condition, String escalateOn) {
    this.escalateCondition = condition;
    this.escalateOn = escalateOn;
  }

  public void showEmergencyNumber(String number) {
    this.emergencyNumber = number;
  }

  public void offerQuickReplies(List<String> intentIds) {
    this.quickReplies = String.join(",", intentIds);
  }

  /** The text of this intent in a language, created empty on first use. */
  public IntentText text(String language) {
    return texts.computeIfAbsent(language, l -> new IntentText(this, l));
  }

  public String id() {
    return id;
  }

  public String section() {
    return section;
  }

  public Handover handover() {
    return handover;
  }

  public String escalateCondition() {
    return escalateCondition;
  }

  public String escalateOn() {
    return escalateOn;
  }

  public String emergencyNumber() {
    return emergencyNumber;
  }

  public List<String> quickReplies() {
    return quickReplies.isBlank() ? List.of() : Arrays.asList(quickReplies.split(","));
  }

  public boolean isRetired() {
    return retired;
  }

  public Map<String, IntentText> texts() {
    return Map.copyOf(texts);
  }
}
