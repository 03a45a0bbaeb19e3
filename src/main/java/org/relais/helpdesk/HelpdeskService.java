package org.relais.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.conversation.Author;
import org.relais.conversation.Conversation;
import org.relais.conversation.ConversationEvent;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationService;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.Message;
import org.relais.conversation.Outcome;
import org.relais.knowledge.KnowledgeBase;
import org.relais.knowledge.Phrase;
import org.relais.nlp.IntentPrediction;
import org.relais.staff.StaffMember;
import org.relais.staff.StaffRepository;
import org.relais.training.ExampleSource;
import org.relais.training.TrainingInbox;

/**
 * What workers do with handed-over conversations: claim (exactly one worker wins, decided by the
 * database), talk, note, release, transfer, close with labels that teach the bot.
 */
@ApplicationScoped
public class HelpdeskService {
  private static final Set<Outcome> WORKER_OUTCOMES =
      Set.of(
          Outcome.ANSWERED,
          Outcome.ORIENTED_ELSEWHERE,
          Outcome.CAME_TO_THE_DESK,
          Outcome.VISITOR_LEFT);
  private static final int MAX_TEXT = 1000;

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Inject private ConversationRepository conversations;
  @Inject private ConversationService conversationService;
  @Inject private HelpdeskQueue queue;
  @Inject private StaffRepository staff;
  @Inject private TrainingInbox inbox;
  @Inject private KnowledgeBase knowledgeBase;
  @Inject private Event<ConversationEvent> events;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public List<QueueEntry> queue() {
    return queue.entries();
  }

  /**
   * Claims a waiting conversation. The row is locked while it is read: among workers clicking at
   * once, one at a time sees it; the first takes it, the others are told who has it.
   */
  @Transactional
  public Conversation claim(long conversationId, String login) {
    StaffMember worker = member(login);
    Instant now = clock.instant();
    Conversation conversation = open(conversations.findLocked(conversationId), conversationId);
    if (conversation.status() != ConversationStatus.WAITING) {
      String holder =
          conversation
              .workerId()
              .flatMap(staff::byId)
              .map(StaffMember::displayName)
              .orElse("nobody");
      throw conversation.status() == ConversationStatus.WITH_WORKER
          ? HelpdeskException.alreadyTaken(conversationId, holder)
          : HelpdeskException.invalid(
              "conversation " + conversationId + " is not waiting for a person");
    }
    conversation.claimBy(worker.id(), now);
    announce(conversation, Phrase.WORKER_JOINED, Map.of("name", worker.displayName()), now);
    events.fire(
        new ConversationEvent.Claimed(conversationId, worker.login(), worker.displayName()));
    return conversation;
  }

  @Transactional
  public ConversationDetail detail(long conversationId) {
    Conversation conversation =
        conversations
            .find(conversationId)
            .orElseThrow(() -> HelpdeskException.notFound(conversationId));
    List<ConversationDetail.NoteView> notes =
        entityManager
            .createQuery(
                "select n from ConversationNote n where n.conversationId = :id order by n.id",
                ConversationNote.class)
            .setParameter("id", conversationId)
            .getResultList()
            .stream()
            .map(
                n ->
                    new ConversationDetail.NoteView(
                        n, staff.byId(n.staffId()).map(StaffMember::displayName).orElse("?")))
            .toList();
    StaffMember holder = conversation.workerId().flatMap(staff::byId).orElse(null);
    return new ConversationDetail(
        conversation,
        conversations.messagesAfter(conversationId, 0),
        notes,
        holder == null ? null : holder.login(),
        holder == null ? null : holder.displayName());
  }

  /** A worker's message to the visitor: stored, then pushed to the kiosk. */
  @Transactional
  public Message send(long conversationId, String login, String text) {
    StaffMember worker = member(login);
    Conversation conversation = ownedBy(conversationId, worker);
    Message message =
        conversations.add(
            conversation.workerSays(checked(text), worker.displayName(), clock.instant()));
    events.fire(new ConversationEvent.MessageAdded(conversationId, message.id()));
    return message;
  }

  /** An internal note: never shown to the visitor. Any worker may add one. */
  @Transactional
  public ConversationNote note(long conversationId, String login, String text) {
    StaffMember worker = member(login);
    open(conversationId);
    ConversationNote note =
        new ConversationNote(conversationId, worker.id(), checked(text), clock.instant());
    entityManager.persist(note);
    return note;
  }

  /** Back to the queue at its original place, and the visitor is told. */
  @Transactional
  public void release(long conversationId, String login) {
    returnToQueue(ownedBy(conversationId, member(login)), false);
  }

  /** The worker's console stayed away past the grace period: their conversations go back. */
  @Transactional
  public int releaseAllOf(String login) {
    StaffMember worker = member(login);
    List<Conversation> held =
        entityManager
            .createQuery(
                "select c from Conversation c where c.status = :with and c.workerId = :worker",
                Conversation.class)
            .setParameter("with", ConversationStatus.WITH_WORKER)
            .setParameter("worker", worker.id())
            .getResultList();
    held.forEach(conversation -> returnToQueue(conversation, true));
    return held.size();
  }

  @Transactional
  public void transfer(long conversationId, String login, String toLogin) {
    StaffMember giver = member(login);
    Conversation conversation = ownedBy(conversationId, giver);
    StaffMember receiver =
        staff
            .byLogin(String.valueOf(toLogin))
            .filter(StaffMember::isActive)
            .orElseThrow(() -> HelpdeskException.invalid("no active worker " + toLogin));
    if (receiver.id() == giver.id()) {
      throw HelpdeskException.invalid("cannot transfer a conversation to yourself");
    }
    Instant now = clock.instant();
    conversation.transferTo(receiver.id(), now);
    announce(conversation, Phrase.WORKER_JOINED, Map.of("name", receiver.displayName()), now);
    events.fire(
        new ConversationEvent.Claimed(conversationId, receiver.login(), receiver.displayName()));
  }

  /**
   * Closes with an outcome. Each label says what a visitor message really meant; labels go to the
   * training inbox, redacted of personal data, for an admin to validate.
   */
  @Transactional
  public void close(long conversationId, String login, Outcome outcome, List<Label> labels) {
    if (outcome == null || !WORKER_OUTCOMES.contains(outcome)) {
      throw HelpdeskException.invalid("outcome is one of " + WORKER_OUTCOMES);
    }
    Conversation conversation = ownedBy(conversationId, member(login));
    List<Message> messages = conversations.messagesAfter(conversationId, 0);
    for (Label label : labels == null ? List.<Label>of() : labels) {
      Message message =
          messages.stream()
              .filter(m -> m.id() == label.messageId() && m.author() == Author.VISITOR)
              .findFirst()
              .orElseThrow(
                  () ->
                      HelpdeskException.invalid(
                          "message "
                              + label.messageId()
                              + " is not a visitor message of this conversation"));
      if (!IntentPrediction.OUT_OF_SCOPE.equals(label.intent())
          && knowledgeBase.current().intent(String.valueOf(label.intent())).isEmpty()) {
        throw HelpdeskException.invalid("unknown intent " + label.intent());
      }
      String predicted = message.prediction().map(p -> p.intent()).orElse(null);
      String language = message.prediction().map(p -> p.language()).orElse(conversation.language());
      inbox.propose(message.text(), label.intent(), language, ExampleSource.HELPDESK, predicted);
    }
    conversationService.close(conversation, outcome);
  }

  private void returnToQueue(Conversation conversation, boolean workerLeft) {
    conversation.returnToQueue();
    announce(conversation, Phrase.WORKER_LEFT, Map.of(), clock.instant());
    events.fire(new ConversationEvent.Released(conversation.id(), workerLeft));
  }

  private void announce(
      Conversation conversation, Phrase phrase, Map<String, String> parameters, Instant now) {
    String text = knowledgeBase.phrases().get(phrase, conversation.language(), parameters);
    Message message = conversations.add(conversation.systemSays(text, now));
    events.fire(new ConversationEvent.MessageAdded(conversation.id(), message.id()));
  }

  private Conversation ownedBy(long conversationId, StaffMember worker) {
    Conversation conversation = open(conversationId);
    if (conversation.status() != ConversationStatus.WITH_WORKER
        || conversation.workerId().filter(id -> id == worker.id()).isEmpty()) {
      throw HelpdeskException.notYours(conversationId);
    }
    return conversation;
  }

  private Conversation open(long conversationId) {
    return open(conversations.find(conversationId), conversationId);
  }

  private static Conversation open(Optional<Conversation> found, long conversationId) {
    return found
        .filter(c -> c.status() != ConversationStatus.CLOSED)
        .orElseThrow(() -> HelpdeskException.notFound(conversationId));
  }

  private StaffMember member(String login) {
    return staff
        .byLogin(login)
        .filter(StaffMember::isActive)
        .orElseThrow(() -> HelpdeskException.invalid("unknown worker " + login));
  }

  private static String checked(String text) {
    if (text == null || text.isBlank()) {
      throw HelpdeskException.invalid("the text is empty");
    }
    if (text.length() > MAX_TEXT) {
      throw HelpdeskException.invalid("the text is longer than " + MAX_TEXT + " characters");
    }
    return text.strip();
  }
}
