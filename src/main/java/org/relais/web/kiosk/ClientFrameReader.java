package org.relais.web.kiosk;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relais.assistant.Assistant;
import org.relais.platform.json.Jsonp;

/**
 * Decodes and validates kiosk frames. Every problem becomes a {@link FrameError} with the code of
 * docs/protocol.md and, when the frame could be read that far, its {@code seq}.
 */
final class ClientFrameReader {
  static final int MAX_FRAME_BYTES = 16 * 1024;
  static final int MAX_TEXT = 1000;
  private static final Pattern PAYLOAD =
      Pattern.compile("person|yes|no|other|intent:[a-z0-9_]{1,64}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
  private static final Set<String> END_REASONS = Set.of("finished", "inactivity");

  private ClientFrameReader() {}

  static ClientFrame read(String frame) {
    if (frame.length() > MAX_FRAME_BYTES
        || frame.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME_BYTES) {
      throw FrameError.of("frame_too_large", null, "The frame is larger than 16 KiB.");
    }
    JsonObject json = parse(frame);
    Integer seq = seq(json);
    String type = string(json, "type", seq);
    return switch (type) {
      case "hello" ->
          new ClientFrame.Hello(seq, language(json, seq), token(json, seq), lastSeen(json, seq));
      case "message" -> new ClientFrame.VisitorText(seq, text(json, seq), payload(json, seq));
      case "language" -> new ClientFrame.LanguageChange(seq, language(json, seq));
      case "end" -> new ClientFrame.End(seq, endReason(json, seq));
      case "ping" -> new ClientFrame.Ping(seq);
      default -> throw FrameError.of("unknown_type", seq, "Unknown frame type: " + type);
    };
  }

  private static JsonObject parse(String frame) {
    try {
      JsonValue value = Jsonp.reader(frame).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw FrameError.of("not_json", null, "A frame must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (jakarta.json.JsonException e) {
      throw FrameError.of("not_json", null, "The frame is not valid JSON.");
    }
  }

  private static Integer seq(JsonObject json) {
    JsonValue value = json.get("seq");
    if (value == null) {
      throw new FrameError("missing_field", null, "seq", "The field seq is missing.");
    }
    if (!(value instanceof JsonNumber number)
        || !number.isIntegral()
        || number.longValue() < 1
        || number.longValue() > Integer.MAX_VALUE) {
      throw new FrameError("bad_field", null, "seq", "seq must be a positive whole number.");
    }
    return number.intValue();
  }

  private static String string(JsonObject json, String field, Integer seq) {
    JsonValue value = json.get(field);
    if (value == null || value == JsonValue.NULL) {
      throw new FrameError("missing_field", seq, field, "The field " + field + " is missing.");
    }
    if (!(value instanceof JsonString string)) {
      throw new FrameError("bad_field", seq, field, field + " must be a string.");
    }
    return string.getString();
  }

  private static Optional<String> optionalString(JsonObject json, String field, Integer seq) {
    return json.containsKey(field) && json.get(field) != JsonValue.NULL
        ? Optional.of(string(json, field, seq))
        : Optional.empty();
  }

  private static String language(JsonObject json, Integer seq) {
    String language = string(json, "language", seq);
    if (!Assistant.KIOSK_LANGUAGES.contains(language)) {
      throw FrameError.of(
          "unsupported_language",
          seq,
          "The kiosk languages are " + Assistant.KIOSK_LANGUAGES + ".");
    }
    return language;
  }

  private static String text(JsonObject json, Integer seq) {
    String text = string(json, "text", seq);
    if (text.isBlank()) {
      throw FrameError.of("empty_text", seq, "The text is empty.");
    }
    if (text.codePointCount(0, text.length()) > MAX_TEXT) {
      throw FrameError.of("text_too_long", seq, "The text is longer than 1000 characters.");
    }
    return text.strip();
  }

  private static Optional<String> payload(JsonObject json, Integer seq) {
    Optional<String> payload = optionalString(json, "payload", seq);
    if (payload.isPresent() && !PAYLOAD.matcher(payload.get()).matches()) {
      throw new FrameError("bad_field", seq, "payload", "Unknown payload: " + payload.get());
    }
    return payload;
  }

  private static Optional<String> token(JsonObject json, Integer seq) {
    Optional<String> token = optionalString(json, "resume", seq);
    if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
      throw FrameError.of("resume_unknown", seq, "Unknown resume token.");
    }
    return token;
  }

  private static long lastSeen(JsonObject json, Integer seq) {
    JsonValue value = json.get("lastSeen");
    if (value == null || value == JsonValue.NULL) {
      return 0;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 0) {
      throw new FrameError("bad_field", seq, "lastSeen", "lastSeen must be a whole number >= 0.");
    }
    return number.longValue();
  }

  private static String endReason(JsonObject json, Integer seq) {
    String reason = optionalString(json, "reason", seq).orElse("finished");
    if (!END_REASONS.contains(reason)) {
      throw new FrameError("bad_field", seq, "reason", "reason is finished or inactivity.");
    }
    return reason;
  }
}
