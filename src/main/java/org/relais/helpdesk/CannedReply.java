package org.relais.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply a worker sends in one click, in one language; admins write them. */
@Entity
@Table(name = "canned_reply")
public class CannedReply {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(nullable = false, length = 80)
  private String title;

  @Column(nullable = false, length = 1000)
  private String text;

  @Column(nullable = false)
  private int position;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CannedReply() {}

  public CannedReply(String language, String title, String text, int position) {
    this.language = language;
    rewrite(title, text, position);
  }

  public void rewrite(String newTitle, String newText, int newPosition) {
    title = newTitle;
    text = newText;
    position = newPosition;
    updatedAt = Instant.now();
  }

  public long id() {
    return id;
  }

  public String language() {
    return language;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }

  public int position() {
    return position;
  }
}
