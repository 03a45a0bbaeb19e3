package org.relais.helpdesk;

import java.util.List;
import org.relais.conversation.Conversation;
import org.relais.conversation.Message;

/** A conversation as a worker sees it: the whole history, the notes, who has it. */
public record ConversationDetail(
    Conversation conversation,
    List<Message> messages,
    List<NoteView> notes,
    String workerLogin,
    String workerName) {
  /** A note with its author's display name. */
  public record NoteView(ConversationNote note, String authorName) {}
}
