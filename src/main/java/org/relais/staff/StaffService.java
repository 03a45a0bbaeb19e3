package org.relais.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/** Staff accounts: admins create, disable and reset them; everyone changes their own password. */
@ApplicationScoped
public class StaffService {
  private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{2,64}");

  @Inject private StaffRepository staff;
  @Inject private Passwords passwords;

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
  public CreatedAccount create(String login, String displayName, Role role) {
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
    return new CreatedAccount(member, oneTime);
  }

  @Transactional
  public void setActive(String login, boolean active, String byAdmin) {
    StaffMember member = find(login);
    if (!active && member.login().equals(byAdmin)) {
      throw new StaffException.Conflict("you cannot disable your own account");
    }
    if (active) {
      member.enable();
    } else {
      member.disable();
    }
  }

  /** A new one-time password, to be changed at the next sign-in. */
  @Transactional
  public String resetPassword(String login) {
    String oneTime = Passwords.oneTime();
    find(login).resetPassword(passwords.hash(oneTime));
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
