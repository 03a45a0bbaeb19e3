package org.relais.web.api;

import jakarta.ws.rs.WebApplicationException;

/**
 * Numbers in query strings, read by hand: JAX-RS answers 404 to a number it cannot convert, where a
 * caller deserves a 400 naming the parameter.
 */
public final class QueryNumbers {
  private QueryNumbers() {}

  /** The value, or {@code fallback} when absent; 400 naming {@code name} when not in range. */
  public static long read(String value, String name, long min, long max, long fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long number = Long.parseLong(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, like a number out of range
    }
    throw new WebApplicationException(
        ApiError.response(400, name + " is a whole number from " + min + " to " + max, name));
  }
}
