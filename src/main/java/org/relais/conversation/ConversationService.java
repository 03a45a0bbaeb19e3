package org.relais.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.Setting;

/**
 * What a kiosk does with its conversation besides talking (VisitorTurns): start it, resume it,
 * switch language, end it.
 */
@ApplicationScoped
public class ConversationService {
  @Inject private ConversationRepository conversations;
  @Inject private RelaisConfiguration configuration;
  @Inject private DailyCounts dailyCounts;
  @Inject private Event<ConversationEvent> events;

  private final Clock clock = Clock.systemUTC();

  /**
   * The conversation a resume token opens, and the messages the kiosk has not seen yet. Reads only:
   * a reconnecting kiosk may race with its own previous connection's last turn.
   */
  @Transactional
  public Resumed resume(String token, long lastSeen) {
    Conversation conversation =
        conversations
            .findByResumeTokenHash(ResumeTokens.hash(token))
            .orElseThrow(() -> new ResumeRefusedException(false));
    if (!conversation.isResumable(clock.instant(), resumeWindow())) {
      throw new ResumeRefusedException(true);
    }
    return new Resumed(
        conversation,
        conversations.messagesAfter(conversation.id(), lastSeen),
        conversation.lastVisitorSeq() + 1,
        conversation.status() == ConversationStatus.WAITING
            ? conversations.queuePosition(conversation)
            : 0);
  }

  /**
   * The id of the conversation a kiosk's first message starts, bound to its resume token: stored at
   * once, in a transaction of its own, so that the turn has its id. If that token's conversation
   * already exists (its first turn failed after this, and the kiosk sent the message again), it is
   * that one.
   */
  @Transactional
  public long startWith(String resumeToken, String language) {
    String hash = ResumeTokens.hash(resumeToken);
    return conversations
        .findByResumeTokenHash(hash)
        .orElseGet(() -> conversations.add(Conversation.start(language, hash, clock.instant())))
        .id();
  }

  /**
   * A copy of the conversation for a kiosk turn to change (VisitorTurns): read outside any
   * transaction (from the shared cache, without the database when it is there), so it is detached
   * at the end of the call (Jakarta Persistence, transaction-scoped persistence context): the
   * turn's changes reach neither the cache nor any persistence context until {@link TurnStore} has
   * stored them. Not in a transaction of its own, as it was until 2026-11-25: a JTA begin and
   * commit around a cache read cost 3 % of a turn's CPU in the server (docs/benchmarks.md, issue
   * 4).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Conversation> forTurn(long conversationId) {
    return conversations.find(conversationId);
  }

  @Transactional
  public void speakIn(long conversationId, String language) {
    open(conversationId).speakIn(language);
  }

  /** The visitor is done (or the kiosk went idle): closed, and unreadable from the kiosk. */
  @Transactional
  public void endByVisitor(long conversationId) {
    Conversation conversation =
        conversations
            .find(conversationId)
            .orElseThrow(() -> new ConversationClosedException(conversationId));
    close(conversation, Outcome.VISITOR_LEFT);
  }

  /**
   * Closes the conversations still with the bot whose kiosk went quiet past the resume window (the
   * kiosk crashed or lost power before its own inactivity wipe); returns how many.
   */
  @Transactional
  public int closeAbandoned() {
    List<Conversation> idle = conversations.idleWithBot(clock.instant().minus(resumeWindow()));
    idle.forEach(conversation -> close(conversation, Outcome.ABANDONED));
    return idle.size();
  }

  /** Closes it, counts it in the anonymous daily statistics, and tells the others. */
  public void close(Conversation conversation, Outcome outcome) {
    if (conversation.status() == ConversationStatus.CLOSED) {
      return;
    }
    conversation.close(outcome, clock.instant());
    dailyCounts.count(conversation, conversations.messagesAfter(conversation.id(), 0));
    events.fire(new ConversationEvent.Closed(conversation.id(), outcome));
  }

  public Duration resumeWindow() {
    return Duration.ofMinutes(configuration.getInt(Setting.KIOSK_RESUME_MINUTES));
  }

  private Conversation open(long conversationId) {
    Conversation conversation =
        conversations
            .find(conversationId)
            .orElseThrow(() -> new ConversationClosedException(conversationId));
    if (conversation.status() == ConversationStatus.CLOSED) {
      throw new ConversationClosedException(conversationId);
    }
    return conversation;
  }

  /** A resumed conversation: its messages after the kiosk's last seen, and the next seq. */
  public record Resumed(
      Conversation conversation, List<Message> messages, int nextSeq, int queuePosition) {}
}
