package org.relais.web.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.relais.conversation.Conversation;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationStatus;

/** What a kiosk's status frame says about a conversation: its state and place in the queue. */
@ApplicationScoped
public class KioskStatuses {
  @Inject private ConversationRepository conversations;

  @Transactional
  public Optional<KioskStatus> of(long conversationId) {
    return conversations.find(conversationId).map(this::of);
  }

  KioskStatus of(Conversation conversation) {
    int position =
        conversation.status() == ConversationStatus.WAITING
            ? conversations.queuePosition(conversation)
            : 0;
    return of(conversation, position);
  }

  static KioskStatus of(Conversation conversation, int position) {
    return new KioskStatus(conversation.status(), position, conversation.isUrgent(), true, null);
  }
}
