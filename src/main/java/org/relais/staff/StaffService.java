package org.relais.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;
import org.relais.privacy.AuditLog;

/**
 * Staff accounts: admins create, disable, reset them and change their role, each change in the
 * audit log (never a password); everyone changes their own password.
 */
@ApplicationScoped
public class StaffService {
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2,64}");

  @Inject private StaffRepository staff;
  @Inject private Passwords passwords;
  @Inject private AuditLog audit;
  @Inject private Event<StaffAccountChanged> accountChanges;

  @Transactional
  public List<StaffMember> all() {
    return staff.all();
  }

  @Transactional
  public StaffMember find(String login) {
    return staff.byLogin(login).orElseThrow(() -> new StaffException.NotFound(login));
  }

  /** A new account with a one-time password, returned once to the admin who created it. */
  @Transactional
  public CreatedAccount create(String login, String displayName, Role role, String byAdmin) {
    if (login == null || !LOGIN.matcher(login).matches()) {
      throw new StaffException.Invalid("login", "2-64 lower-case letters, digits, '.', '_' or '-'");
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
      throw new StaffException.Invalid("displayName", "1-64 characters");
    }
    if (staff.byLogin(login).isPresent()) {
      throw new StaffException.Conflict("the login " + login + " is already taken");
    }
    String oneTime = Passwords.oneTime();
    StaffMember member =
        staff.add(new StaffMember(login, displayName.strip(), role, passwords.hash(oneTime), true));
    audit.record(byAdmin, "staff.create", login, "role " + role + ", one-time password given");
    return new CreatedAccount(member, oneTime);
  }

  @Transactional
  public void setActive(String login, boolean active, String byAdmin) {
    StaffMember member = find(login);
    if (!active && member.login().equals(byAdmin)) {
      throw new StaffException.Conflict("you cannot disable your own account");
    }
    if (active == member.isActive()) {
      return; // nothing changed, nothing to record
    }
    if (active) {
      member.enable();
    } else {
      member.disable();
      accountChanges.fire(new StaffAccountChanged(login));
    }
    audit.record(byAdmin, active ? "staff.enable" : "staff.disable", login, null);
  }

  /** Signs the account out, so that the new role applies from its next sign-in. */
  @Transactional
  public void changeRole(String login, Role role, String byAdmin) {
    StaffMember member = find(login);
    if (member.login().equals(byAdmin)) {
      throw new StaffException.Conflict(
          "you cannot change your own role: another admin must do it, so one always remains");
    }
    if (member.role() == role) {
      return;
    }
    Role before = member.role();
    member.changeRole(role);
    accountChanges.fire(new StaffAccountChanged(login));
    audit.record(byAdmin, "staff.role", login, before + " -> " + role);
  }

  /**
   * A new one-time password, to be changed at the next sign-in. The account is signed out: a reset
   * is for a forgotten or leaked password, and a session opened with a leaked one must not last.
   */
  @Transactional
  public String resetPassword(String login, String byAdmin) {
    String oneTime = Passwords.oneTime();
    find(login).resetPassword(passwords.hash(oneTime));
    accountChanges.fire(new StaffAccountChanged(login));
    audit.record(byAdmin, "staff.reset-password", login, "one-time password given");
    return oneTime;
  }

  @Transactional
  public void changeOwnPassword(String login, String current, String chosen) {
    StaffMember member = find(login);
    if (current == null || !passwords.matches(current, member.passwordHash())) {
      throw new StaffException.Invalid("currentPassword", "the current password is not right");
    }
    String problem = Passwords.problemWith(chosen);
    if (problem != null) {
      throw new StaffException.Invalid("newPassword", problem);
    }
    if (chosen.equals(current)) {
      throw new StaffException.Invalid(
          "newPassword", "choose a password different from the current one");
    }
    member.changePassword(passwords.hash(chosen));
  }

  /** An account just created, with its one-time password (shown once). */
  public record CreatedAccount(StaffMember member, String oneTimePassword) {}
}
