package org.relais.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Checks staff credentials against MariaDB: active members only, slow salted hash. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {
  @Inject private StaffRepository staff;
  @Inject private Passwords passwords;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<StaffMember> member = staff.byLogin(login.getCaller()).filter(StaffMember::isActive);
    if (member.isEmpty()) {
      // Same work as a real check, so that timing does not reveal which logins exist.
      passwords.matches(login.getPasswordAsString(), decoy());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.matches(login.getPasswordAsString(), member.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    member.get().signedIn(Instant.now());
    return new CredentialValidationResult(member.get().login(), member.get().role().groups());
  }

  private volatile String decoy;

  /** A hash of a random password nobody knows, made once. */
  private String decoy() {
    if (decoy == null) {
      decoy = passwords.hash(Passwords.oneTime());
    }
    return decoy;
  }
}
