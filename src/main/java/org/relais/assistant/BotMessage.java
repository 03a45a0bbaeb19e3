package org.relais.assistant;

import java.util.List;

/** One message the bot says: lines of text, buttons, and maybe an emergency number. */
public record BotMessage(
    String text, String language, List<QuickReply> quickReplies, Emergency emergency) {
  public BotMessage {
    quickReplies = List.copyOf(quickReplies);
  }

  public static BotMessage say(String text, String language) {
    return new BotMessage(text, language, List.of(), null);
  }
}
