package org.relais.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One of the center's own details (opening hours, address, Wi-Fi code...) that fill the {@code
 * {{PLACEHOLDERS}}} of the answers. Seeded from a file, then edited by admins.
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

  protected CenterDetail() {}

  public CenterDetail(String name, String value) {
    this.name = Objects.requireNonNull(name);
    change(value);
  }

  public void change(String newValue) {
    this.value = Objects.requireNonNull(newValue);
    this.updatedAt = Instant.now();
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
