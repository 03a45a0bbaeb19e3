package org.relais.web.worker;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;
import org.relais.conversation.Message;
import org.relais.helpdesk.QueueEntry;
import org.relais.platform.json.Jsonp;

/** JSON of what consoles are shown: queue entries, messages with what the bot understood. */
public final class ConsoleFrames {
  private ConsoleFrames() {}

  static String queue(List<QueueEntry> entries) {
    JsonArrayBuilder array = Jsonp.array();
    entries.forEach(entry -> array.add(entry(entry)));
    return Jsonp.object().add("type", "queue").add("entries", array).build().toString();
  }

  static String event(String event, long conversationId, String by) {
    JsonObjectBuilder frame =
        Jsonp.object().add("type", "event").add("event", event).add("conversation", conversationId);
    if (by != null) {
      frame.add("by", by);
    }
    return frame.build().toString();
  }

  static String message(long conversationId, Message message) {
    return Jsonp.object()
        .add("type", "message")
        .add("conversation", conversationId)
        .add("message", message(message))
        .build()
        .toString();
  }

  static String presence(Collection<String> online) {
    return Jsonp.object()
        .add("type", "presence")
        .add("online", Jsonp.array(online))
        .build()
        .toString();
  }

  public static JsonObject entry(QueueEntry entry) {
    JsonObjectBuilder json =
        Jsonp.object()
            .add("conversation", entry.conversationId())
            .add("status", entry.status().name())
            .add("urgent", entry.urgent())
            .add("language", entry.language())
            .add("position", entry.position())
            .add("lastVisitorText", entry.lastVisitorText());
    addNullable(json, "reason", entry.reason() == null ? null : entry.reason().name());
    addNullable(
        json,
        "waitingSince",
        entry.waitingSince() == null ? null : entry.waitingSince().toString());
    addNullable(json, "workerLogin", entry.workerLogin());
    addNullable(json, "workerName", entry.workerName());
    return json.build();
  }

  /** A message with what the bot understood of it (for visitor messages). */
  public static JsonObject message(Message message) {
    JsonObjectBuilder json =
        Jsonp.object()
            .add("id", message.id())
            .add("author", message.author().name())
            .add("text", message.text())
            .add("at", message.createdAt().toString());
    addNullable(json, "authorName", message.authorName());
    addNullable(json, "language", message.language());
    message
        .prediction()
        .ifPresent(
            p -> {
              JsonObjectBuilder prediction =
                  Jsonp.object()
                      .add("confidence", p.confidence())
                      .add("outOfScope", p.outOfScope());
              addNullable(prediction, "intent", p.intent());
              addNullable(prediction, "language", p.language());
              json.add("prediction", prediction);
            });
    message.emergencyNumber().ifPresent(number -> json.add("emergency", number));
    return json.build();
  }

  private static void addNullable(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }
}
