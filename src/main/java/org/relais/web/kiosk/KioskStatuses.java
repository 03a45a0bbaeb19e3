package org.relais.web.kiosk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.relais.conversation.Conversation;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationStatus;
import org.relais.helpdesk.HelpdeskAvailability;
import org.relais.staff.StaffMember;
import org.relais.staff.StaffRepository;

/** What a kiosk's status frame says about a conversation: its state and place in the queue. */
@ApplicationScoped
public class KioskStatuses {
  @Inject private ConversationRepository conversations;
  @Inject private StaffRepository staff;
  @Inject private HelpdeskAvailability availability;

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

  public boolean workersAvailable() {
    return availability.someoneCanCome();
  }

  /** The status of a conversation whose queue position is already known. */
  @Transactional
  public KioskStatus of(Conversation conversation, int position) {
    String worker =
        conversation.status() == ConversationStatus.WITH_WORKER
            ? conversation
                .workerId()
                .flatMap(staff::byId)
                .map(StaffMember::displayName)
                .orElse(null)
            : null;
    return new KioskStatus(
        conversation.status(),
        position,
        conversation.isUrgent(),
        availability.someoneCanCome(),
        worker);
  }
}
