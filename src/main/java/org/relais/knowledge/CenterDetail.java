package org.relais.knowledge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One of the center's own details (opening hours, address, Wi-Fi code...) that fill the {@code
 * {{PLACEHOLDERS}}} of the answers. Seeded from a file, then edited by admins.
 *
 * <p>The value is French and is shown in every language, unless the detail has a translation in the
 * answer's language ("samedi 10h - 13h" in an English answer reads badly). A translation describes
 * the French value it was written for: when that value changes, the translations go, and the
 * answers show the new French value until someone translates it again. An outdated opening time in
 * English would be worse than the right one in French.
 */
@Entity
@Table(name = "center_detail")
public class CenterDetail {
  @Id
  @Column(name = "name", length = 64)
  private String name;

  @Column(name = "value", nullable = false, length = 2000)
  private String value;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "center_detail_translation", joinColumns = @JoinColumn(name = "name"))
  @MapKeyColumn(name = "language", length = 8)
  @Column(name = "value", nullable = false, length = 2000)
  private Map<String, String> translations = new HashMap<>();

  protected CenterDetail() {}

  public CenterDetail(String name, String value) {
    this.name = Objects.requireNonNull(name);
    change(value);
  }

  /**
   * Changes the French value; a different value drops the translations of the old one.
   *
   * @return the languages whose translation was dropped
   */
  public Set<String> change(String newValue) {
    Objects.requireNonNull(newValue);
    Set<String> dropped = Set.of();
    if (value != null && !value.equals(newValue)) {
      dropped = Set.copyOf(translations.keySet());
      translations.clear();
    }
    this.value = newValue;
    this.updatedAt = Instant.now();
    return dropped;
  }

  /** Sets the value shown in answers in {@code language}; blank removes it (French is shown). */
  public void translate(String language, String translated) {
    if (translated == null || translated.isBlank()) {
      translations.remove(language);
    } else {
      translations.put(language, translated.strip());
    }
    this.updatedAt = Instant.now();
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  /** The value in other languages than French, by language. */
  public Map<String, String> translations() {
    return Collections.unmodifiableMap(translations);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
