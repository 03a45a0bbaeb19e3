package org.relais.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An intent's texts in one language: its label, its answer and where the answer comes from. */
@Entity
@Table(name = "intent_text")
@IdClass(IntentText.Key.class)
public class IntentText {
  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "intent_id")
  private Intent intent;

  @Id
  @Column(length = 8)
  private String language;

  @Column(length = 80)
  private String label;

  @Column(columnDefinition = "TEXT")
  private String answer;

  @Column(name = "escalate_question", length = 300)
  private String escalateQuestion;

  @Column(name = "escalate_keywords", length = 2000)
  private String escalateKeywords;

  @Column(name = "emergency_label", length = 200)
  private String emergencyLabel;

  @Column(length = 2000)
  private String sources;

  @Column(name = "last_verified")
  private LocalDate lastVerified;

  protected IntentText() {}

  IntentText(Intent intent, String language) {
    this.intent = intent;
    this.language = language;
  }

  public void label(String label) {
    this.label = label;
  }

  public void answer(String answer, List<String> sources, LocalDate lastVerified) {
    this.answer = answer;
    this.sources = sources == null ? null : String.join("\n", sources);
    this.lastVerified = lastVerified;
  }

  public void escalateCheck(String question, List<String> keywords) {
    this.escalateQuestion = question;
    this.escalateKeywords = keywords == null ? null : String.join(",", keywords);
  }

  public void emergencyLabel(String emergencyLabel) {
    this.emergencyLabel = emergencyLabel;
  }

  public String language() {
    return language;
  }

  public String label() {
    return label;
  }

  public String answer() {
    return answer;
  }

  public String escalateQuestion() {
    return escalateQuestion;
  }

  public List<String> escalateKeywords() {
    return escalateKeywords == null || escalateKeywords.isBlank()
        ? List.of()
        : Arrays.asList(escalateKeywords.split(","));
  }

  public String emergencyLabel() {
    return emergencyLabel;
  }

  public List<String> sources() {
    return sources == null || sources.isBlank() ? List.of() : sources.lines().toList();
  }

  public LocalDate lastVerified() {
    return lastVerified;
  }

  /** Composite key (intent, language). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String intent;
    private String language;

    public Key() {}

    public Key(String intent, String language) {
      this.intent = intent;
      this.language = language;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(intent, key.intent)
          && Objects.equals(language, key.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(intent, language);
    }
  }
}
