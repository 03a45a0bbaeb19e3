package org.relais.web.kiosk;

import java.util.Optional;

/** A decoded, validated frame from a kiosk (see docs/protocol.md). */
sealed interface ClientFrame {
  int seq();

  record Hello(int seq, String language, Optional<String> resume, long lastSeen)
      implements ClientFrame {}

  record VisitorText(int seq, String text, Optional<String> payload) implements ClientFrame {}

  record LanguageChange(int seq, String language) implements ClientFrame {}

  record End(int seq, String reason) implements ClientFrame {}

  record Ping(int seq) implements ClientFrame {}
}
