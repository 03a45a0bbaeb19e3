package org.relais.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One message of a conversation. Immutable once stored. A visitor message keeps the kiosk's {@code
 * seq} (so a resent frame is recognised) and what the bot understood of it.
 */
@Entity
@Table(name = "message")
public class Message {
  /** The database sequence of message ids (V7); ClusterSafeSession adjusts it by this name. */
  public static final String ID_SEQUENCE = "message_ids";

  /**
   * From a sequence taken in blocks (V7; of 1,000 since V9, which says why): known before the
   * message is stored, so a turn's messages go to the database together.
   */
  @Id
  @SequenceGenerator(name = ID_SEQUENCE, sequenceName = ID_SEQUENCE, allocationSize = 1000)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = ID_SEQUENCE)
  private Long id;

  @Column(name = "conversation_id", nullable = false)
  private long conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Author author;

  @Column(name = "author_name", length = 64)
  private String authorName;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String text;

  @Column(length = 8)
  private String language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "client_seq")
  private Integer clientSeq;

  @Embedded private Prediction prediction;

  /** Buttons under a bot message, as JSON ({@code [{"label":..,"payload":..}]}). */
  @Column(name = "quick_replies", length = 2000)
  private String quickReplies;

  @Column(name = "emergency_number", length = 16)
  private String emergencyNumber;

  @Column(name = "emergency_label", length = 200)
  private String emergencyLabel;

  protected Message() {}

  Message(long conversationId, Author author, String text, String language, Instant at) {
    this.conversationId = conversationId;
    this.author = author;
    this.text = text;
    this.language = language;
    this.createdAt = at;
  }

  static Message fromVisitor(
      long conversationId, String text, String language, int seq, Instant at) {
    Message message = new Message(conversationId, Author.VISITOR, text, language, at);
    message.clientSeq = seq;
    return message;
  }

  static Message fromWorker(
      long conversationId, String text, String language, String workerName, Instant at) {
    Message message = new Message(conversationId, Author.WORKER, text, language, at);
    message.authorName = workerName;
    return message;
  }

  /** Its id, from the message_ids sequence, when it is stored without JPA (TurnStore). */
  void identify(long sequenceId) {
    if (id != null) {
      throw new IllegalStateException("message " + id + " already has its id");
    }
    id = sequenceId;
  }

  void understoodAs(Prediction prediction) {
    this.prediction = prediction;
  }

  void withButtons(String quickRepliesJson) {
    this.quickReplies = quickRepliesJson;
  }

  void withEmergency(String number, String label) {
    this.emergencyNumber = number;
    this.emergencyLabel = label;
  }

  public long id() {
    return id;
  }

  public long conversationId() {
    return conversationId;
  }

  public Author author() {
    return author;
  }

  /** The worker's display name on a worker's message. */
  public String authorName() {
    return authorName;
  }

  public String text() {
    return text;
  }

  public String language() {
    return language;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Integer> clientSeq() {
    return Optional.ofNullable(clientSeq);
  }

  public Optional<Prediction> prediction() {
    return Optional.ofNullable(prediction);
  }

  public String quickRepliesJson() {
    return quickReplies;
  }

  public Optional<String> emergencyNumber() {
    return Optional.ofNullable(emergencyNumber);
  }

  public String emergencyLabel() {
    return emergencyLabel;
  }
}
