package org.relais.staff;

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
 * A worker or admin who signs in to the console. Only a slow salted hash of the password is stored.
 * A password set by someone else (first start, an admin's reset) must be changed at the next
 * sign-in.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64, unique = true)
  private String login;

  @Column(name = "display_name", nullable = false, length = 64)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Role role;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  protected StaffMember() {}

  public StaffMember(
      String login, String displayName, Role role, String passwordHash, boolean temporaryPassword) {
    this.login = login;
    this.displayName = displayName;
    this.role = role;
    this.passwordHash = passwordHash;
    this.mustChangePassword = temporaryPassword;
    this.createdAt = Instant.now();
  }

  public void signedIn(Instant at) {
    lastSignInAt = at;
  }

  /** The member chose a new password. */
  public void changePassword(String newHash) {
    passwordHash = newHash;
    mustChangePassword = false;
  }

  /** An admin set a one-time password: to be changed at the next sign-in. */
  public void resetPassword(String temporaryHash) {
    passwordHash = temporaryHash;
    mustChangePassword = true;
  }

  public void disable() {
    active = false;
  }

  public void enable() {
    active = true;
  }

  public void changeRole(Role newRole) {
    role = newRole;
  }

  public void rename(String newDisplayName) {
    displayName = newDisplayName;
  }

  public long id() {
    return id;
  }

  public String login() {
    return login;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public boolean isActive() {
    return active;
  }

  public Instant lastSignInAt() {
    return lastSignInAt;
  }
}
