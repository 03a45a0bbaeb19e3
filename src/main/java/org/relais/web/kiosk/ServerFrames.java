package org.relais.web.kiosk;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.relais.conversation.Author;
import org.relais.conversation.Conversation;
import org.relais.conversation.Message;
import org.relais.platform.json.Jsonp;

/** The frames the server sends to kiosks (see docs/protocol.md), as JSON text. */
final class ServerFrames {
  private ServerFrames() {}

  static String welcome(
      int re,
      Conversation conversation,
      List<Message> messages,
      String resume,
      int nextSeq,
      int inactivitySeconds) {
    JsonArrayBuilder history = Jsonp.array();
    messages.forEach(m -> history.add(messageObject(m)));
    JsonObjectBuilder frame =
        Jsonp.object()
            .add("type", "welcome")
            .add("re", re)
            .add("messages", history)
            .add("resume", resume)
            .add("nextSeq", nextSeq)
            .add("inactivitySeconds", inactivitySeconds);
    if (conversation == null) {
      frame.addNull("conversation");
    } else {
      frame.add(
          "conversation",
          Jsonp.object()
              .add("id", conversation.id())
              .add("status", conversation.status().name())
              .add("language", conversation.language()));
    }
    return frame.build().toString();
  }

  static String ack(int re, Long messageId, Long newConversation, String resume) {
    JsonObjectBuilder frame = Jsonp.object().add("type", "ack").add("re", re);
    if (messageId != null) {
      frame.add("id", messageId);
    }
    if (newConversation != null) {
      frame.add("conversation", newConversation).add("resume", resume);
    }
    return frame.build().toString();
  }

  static String message(Message message, String workerName) {
    JsonObjectBuilder frame = messageBuilder(message);
    if (workerName != null) {
      frame.add("worker", workerName);
    }
    return frame.build().toString();
  }

  /** A message in a replayed history: a worker's carries the name they signed it with. */
  static JsonObject messageObject(Message message) {
    JsonObjectBuilder object = messageBuilder(message);
    if (message.author() == Author.WORKER && message.authorName() != null) {
      object.add("worker", message.authorName());
    }
    return object.build();
  }

  private static JsonObjectBuilder messageBuilder(Message message) {
    JsonObjectBuilder frame =
        Jsonp.object()
            .add("type", "message")
            .add("id", message.id())
            .add("author", message.author().name())
            .add("text", message.text())
            .add("language", message.language() == null ? "" : message.language())
            .add("at", message.createdAt().toString())
            .add(
                "quickReplies",
                message.quickRepliesJson() == null
                    ? Jsonp.array().build()
                    : Jsonp.reader(message.quickRepliesJson()).readArray());
    message
        .emergencyNumber()
        .ifPresent(
            number ->
                frame.add(
                    "emergency",
                    Jsonp.object()
                        .add("number", number)
                        .add(
                            "label",
                            message.emergencyLabel() == null ? "" : message.emergencyLabel())));
    return frame;
  }

  static String status(KioskStatus status) {
    JsonObjectBuilder frame =
        Jsonp.object().add("type", "status").add("status", status.status().name());
    if (status.position() > 0) {
      frame
          .add("position", status.position())
          .add("urgent", status.urgent())
          .add("workersAvailable", status.workersAvailable());
    }
    if (status.worker() != null) {
      frame.add("worker", status.worker());
    }
    return frame.build().toString();
  }

  static String ended(Integer re) {
    JsonObjectBuilder frame = Jsonp.object().add("type", "ended");
    if (re != null) {
      frame.add("re", re);
    }
    return frame.build().toString();
  }

  static String pong(int re) {
    return Jsonp.object().add("type", "pong").add("re", re).build().toString();
  }

  static String error(String code, Integer re, String field, String message) {
    JsonObjectBuilder frame =
        Jsonp.object().add("type", "error").add("code", code).add("message", message);
    if (re != null) {
      frame.add("re", re);
    }
    if (field != null) {
      frame.add("field", field);
    }
    return frame.build().toString();
  }
}
