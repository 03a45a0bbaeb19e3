package org.relais.staff;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after 5 failed sign-ins for an account, or 20 from one address (a day
 * center's staff often share one public address), each further attempt must wait twice as long as
 * the one before (2 s, 4 s, ... at most 15 minutes). A success clears the account's and the
 * address's count. Kept in memory: a restart forgets it, which only costs a guesser their wait.
 */
@ApplicationScoped
public class SignInThrottle {
  static final int FREE_ATTEMPTS_PER_ACCOUNT = 5;
  static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public SignInThrottle() {
    this(Clock.systemUTC());
  }

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must still wait before trying this login from this address. */
  public Duration waitBeforeTrying(String login, String address) {
    Instant now = clock.instant();
    Duration forAccount = remaining(failures.get(account(login)), FREE_ATTEMPTS_PER_ACCOUNT, now);
    Duration forAddress = remaining(failures.get(address(address)), FREE_ATTEMPTS_PER_ADDRESS, now);
    return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
  }

  public void failed(String login, String address) {
    Instant now = clock.instant();
    failures.merge(account(login), Failures.first(now), (old, ignored) -> old.again(now));
    failures.merge(address(address), Failures.first(now), (old, ignored) -> old.again(now));
  }

  public void succeeded(String login, String address) {
    failures.remove(account(login));
    failures.remove(address(address));
  }

  private static Duration remaining(Failures failed, int freeAttempts, Instant now) {
    if (failed == null || failed.count() < freeAttempts) {
      return Duration.ZERO;
    }
    long seconds = 1L << Math.min(failed.count() - freeAttempts + 1, 20);
    Duration wait =
        Duration.ofSeconds(seconds).compareTo(LONGEST_WAIT) > 0
            ? LONGEST_WAIT
            : Duration.ofSeconds(seconds);
    Duration left = Duration.between(now, failed.last().plus(wait));
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String account(String login) {
    return "login:" + login.toLowerCase();
  }

  private static String address(String address) {
    return "address:" + address;
  }

  private record Failures(int count, Instant last) {
    static Failures first(Instant now) {
      return new Failures(1, now);
    }

    Failures again(Instant now) {
      return new Failures(count + 1, now);
    }
  }
}
