package org.relais.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Password hashing (PBKDF2-HMAC-SHA512, 210,000 iterations, 32-byte salt: OWASP's 2023 advice for
 * this algorithm), the rules for a password someone chooses, and one-time passwords.
 */
@ApplicationScoped
public class Passwords {
  public static final int MINIMUM_LENGTH = 12;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** A readable one-time password (no 0/O, 1/l), 16 characters: about 92 bits. */
  public static String oneTime() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** Why a chosen password is refused, or null when it is acceptable. */
  public static String problemWith(String password) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      return "the password must have at least " + MINIMUM_LENGTH + " characters";
    }
    if (password.isBlank() || password.chars().distinct().count() < 4) {
      return "the password is too simple";
    }
    return null;
  }
}
