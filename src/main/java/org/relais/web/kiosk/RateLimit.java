package org.relais.web.kiosk;

/**
 * A token bucket: at most {@code perSecond} events a second, in bursts of as many. Not thread-safe:
 * the container delivers one connection's frames one at a time.
 */
final class RateLimit {
  private final double perSecond;
  private double tokens;
  private long lastNanos;

  RateLimit(int perSecond) {
    this.perSecond = perSecond;
    this.tokens = perSecond;
    this.lastNanos = System.nanoTime();
  }

  boolean tryAcquire() {
    return tryAcquire(System.nanoTime());
  }

  boolean tryAcquire(long nowNanos) {
    tokens = Math.min(perSecond, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
    lastNanos = nowNanos;
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }
}
