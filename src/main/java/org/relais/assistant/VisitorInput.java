package org.relais.assistant;

import java.util.Optional;

/** What the visitor sent: typed text, or a button's label with its payload. */
public record VisitorInput(String text, Optional<String> payload) {
  public static VisitorInput typed(String text) {
    return new VisitorInput(text, Optional.empty());
  }

  public static VisitorInput pressed(String label, String payload) {
    return new VisitorInput(label, Optional.of(payload));
  }
}
