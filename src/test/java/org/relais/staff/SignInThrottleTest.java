package org.relais.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final MutableClock clock = new MutableClock();
  private final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void fiveFailuresForAnAccount_makeTheNextAttemptWait_andTheWaitDoubles() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("sophie", "10.0.0.1");
    }
    assertEquals(Duration.ZERO, throttle.waitBeforeTrying("sophie", "10.0.0.1"));
    throttle.failed("sophie", "10.0.0.1");
    assertEquals(Duration.ofSeconds(2), throttle.waitBeforeTrying("sophie", "10.0.0.2"));
    clock.advance(Duration.ofSeconds(2));
    throttle.failed("sophie", "10.0.0.3");
    assertEquals(Duration.ofSeconds(4), throttle.waitBeforeTrying("Sophie", "10.0.0.4"));
  }

  @Test
  void twentyFailuresFromOneAddress_slowDownEveryAccountTriedFromThere() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("login" + i, "10.0.0.9");
    }
    assertEquals(Duration.ofSeconds(2), throttle.waitBeforeTrying("someone-else", "10.0.0.9"));
    assertEquals(Duration.ZERO, throttle.waitBeforeTrying("someone-else", "10.0.0.8"));
  }

  @Test
  void theWait_neverExceeds15Minutes() {
    for (int i = 0; i < 60; i++) {
      throttle.failed("sophie", "10.0.0.1");
    }
    assertEquals(Duration.ofMinutes(15), throttle.waitBeforeTrying("sophie", "10.0.0.1"));
  }

  @Test
  void aSuccess_clearsTheAccountAndTheAddress() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("sophie", "10.0.0.1");
    }
    throttle.succeeded("sophie", "10.0.0.1");
    assertEquals(Duration.ZERO, throttle.waitBeforeTrying("sophie", "10.0.0.1"));
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
