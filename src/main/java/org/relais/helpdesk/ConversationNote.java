package org.relais.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A worker's internal note on a conversation. Never shown to the visitor. */
@Entity
@Table(name = "conversation_note")
public class ConversationNote {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false)
  private long conversationId;

  @Column(name = "staff_id", nullable = false)
  private long staffId;

  @Column(nullable = false, columnDefinition = "TEXT")
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ConversationNote() {}

  ConversationNote(long conversationId, long staffId, String text, Instant at) {
    this.conversationId = conversationId;
    this.staffId = staffId;
    this.text = text;
    this.createdAt = at;
  }

  public long id() {
    return id;
  }

  public long staffId() {
    return staffId;
  }

  public String text() {
    return text;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
