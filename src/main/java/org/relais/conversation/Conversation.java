package org.relais.conversation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Cache;

/**
 * A visitor's conversation at the kiosk: the aggregate root of its messages.
 *
 * <p>Lifecycle: it starts {@link ConversationStatus#WITH_BOT} with the visitor's first message. The
 * bot answers until it hands over ({@link #handOver}): then it is {@code WAITING} in the helpdesk
 * queue (urgent ones first, then the longest waiting), and {@code WITH_WORKER} once a worker claims
 * it; the bot stays silent from the handover on. It ends {@code CLOSED} (the visitor is done, the
 * kiosk went idle, or a worker closed it); the kiosk's resume token stops working at once, and the
 * retention job deletes it after the retention period.
 *
 * <p>Kept in EclipseLink's shared cache: every chat turn starts by reading its conversation, and
 * that read was one of a turn's six database round trips (and about a sixth of its time). The cache
 * cannot go stale on one server: every write to this table goes through JPA (a claim locks the row,
 * the retention job evicts what it deletes), except a kiosk turn's, which {@link TurnStore} copies
 * into the cached conversation as JPA's commits do; the version column still refuses a write from a
 * stale copy. Servers sharing the database keep no shared copy ({@code ClusterSafeSession}). The
 * 2,000 most recently used stay cached, above the 1,000 kiosks at once a server is sized for; older
 * ones only while memory allows (EclipseLink's SOFT_WEAK cache).
 */
@Entity
@Cacheable
@Cache(size = 2000)
@Table(name = "conversation")
public class Conversation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ConversationStatus status;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "resume_token_hash", length = 64)
  private String resumeTokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  /** The highest {@code seq} of the visitor's messages stored so far (0 before the first). */
  @Column(name = "last_visitor_seq", nullable = false)
  private int lastVisitorSeq;

  @Column(name = "misunderstood_turns", nullable = false)
  private int misunderstoodTurns;

  @Column(name = "awaiting_check", length = 64)
  private String awaitingCheck;

  @Enumerated(EnumType.STRING)
  @Column(name = "handover_reason", length = 32)
  private HandoverReason handoverReason;

  @Column(nullable = false)
  private boolean urgent;

  @Column(name = "waiting_since")
  private Instant waitingSince;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Outcome outcome;

  @Column(name = "worker_id")
  private Long workerId;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Version private int version;

  protected Conversation() {}

  /** A new conversation, resumable with the token whose hash is given. */
  public static Conversation start(String language, String resumeTokenHash, Instant now) {
    Conversation conversation = new Conversation();
    conversation.status = ConversationStatus.WITH_BOT;
    conversation.language = language;
    conversation.resumeTokenHash = resumeTokenHash;
    conversation.createdAt = now;
    conversation.lastActivityAt = now;
    return conversation;
  }

  /** The visitor's message; the caller stores it. */
  public Message receiveFromVisitor(String text, int seq, Instant now) {
    requireOpen();
    lastActivityAt = now;
    lastVisitorSeq = Math.max(lastVisitorSeq, seq);
    return Message.fromVisitor(id, text, language, seq, now);
  }

  /**
   * Whether a visitor message with this seq may already be stored: only one at or below the highest
   * seq stored can be (a kiosk resending what it had no acknowledgement for, or counting from an
   * older point after a reconnect). Above it, the message is new without looking.
   */
  public boolean mayHaveStoredSeq(int seq) {
    return seq <= lastVisitorSeq;
  }

  /** The highest seq of the visitor's messages stored so far, 0 before the first. */
  public int lastVisitorSeq() {
    return lastVisitorSeq;
  }

  /** What the bot understood of a visitor message. */
  public void understood(Message visitorMessage, Prediction prediction) {
    visitorMessage.understoodAs(prediction);
  }

  /**
   * A bot message; {@code quickRepliesJson} and the emergency number may be null. The caller stores
   * it.
   */
  public Message botSays(
      String text,
      String messageLanguage,
      String quickRepliesJson,
      String emergencyNumber,
      String emergencyLabel,
      Instant now) {
    requireOpen();
    Message message = new Message(id, Author.BOT, text, messageLanguage, now);
    message.withButtons(quickRepliesJson);
    message.withEmergency(emergencyNumber, emergencyLabel);
    return message;
  }

  public void speakIn(String newLanguage) {
    requireOpen();
    language = newLanguage;
  }

  /** The bot understood: the count of misunderstood turns starts again. */
  public void understood() {
    misunderstoodTurns = 0;
  }

  /** The bot did not understand (it asked to clarify); returns how many turns in a row. */
  public int misunderstood() {
    return ++misunderstoodTurns;
  }

  /** The bot asked the yes/no question of a conditional intent; the next answer is for it. */
  public void awaitCheck(String intentId) {
    awaitingCheck = intentId;
  }

  public Optional<String> awaitingCheck() {
    return Optional.ofNullable(awaitingCheck);
  }

  /**
   * To the helpdesk queue. Urgency only ever rises: a later urgent reason makes a waiting
   * conversation urgent, a later ordinary one does not calm it down.
   */
  public void handOver(HandoverReason reason, boolean urgentNow, Instant now) {
    requireOpen();
    awaitingCheck = null;
    if (status == ConversationStatus.WITH_BOT) {
      status = ConversationStatus.WAITING;
      handoverReason = reason;
      waitingSince = now;
    }
    if (urgentNow && !urgent) {
      urgent = true;
      handoverReason = reason;
    }
  }

  /** What a worker says to the visitor; the caller stores it. */
  public Message workerSays(String text, String workerName, Instant now) {
    requireOpen();
    lastActivityAt = now;
    return Message.fromWorker(id, text, language, workerName, now);
  }

  /**
   * Information for the visitor from the system (a worker joined, left...); stored by the caller.
   */
  public Message systemSays(String text, Instant now) {
    requireOpen();
    return new Message(id, Author.SYSTEM, text, language, now);
  }

  /**
   * Back to the queue at its original place (its waiting time still counts): the worker released
   * it, or their console stayed away past the grace period.
   */
  public void returnToQueue() {
    requireOpen();
    if (status == ConversationStatus.WITH_WORKER) {
      status = ConversationStatus.WAITING;
      workerId = null;
      claimedAt = null;
    }
  }

  /**
   * A worker takes a waiting conversation. The caller holds the row's lock, so that among workers
   * clicking at once exactly one sees it waiting.
   */
  public void claimBy(long workerId, Instant now) {
    requireOpen();
    if (status != ConversationStatus.WAITING) {
      throw new IllegalStateException("conversation " + id + " is " + status + ", not waiting");
    }
    status = ConversationStatus.WITH_WORKER;
    this.workerId = workerId;
    claimedAt = now;
  }

  /** Another worker takes over. */
  public void transferTo(long otherWorkerId, Instant now) {
    requireOpen();
    status = ConversationStatus.WITH_WORKER;
    workerId = otherWorkerId;
    claimedAt = now;
  }

  public Optional<Long> workerId() {
    return Optional.ofNullable(workerId);
  }

  public Optional<Instant> claimedAt() {
    return Optional.ofNullable(claimedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public void close(Outcome how, Instant now) {
    if (status == ConversationStatus.CLOSED) {
      return;
    }
    status = ConversationStatus.CLOSED;
    outcome = how;
    closedAt = now;
    resumeTokenHash = null;
    awaitingCheck = null;
  }

  /** Whether a kiosk may still resume it: open, and active within the resume window. */
  public boolean isResumable(Instant now, Duration resumeWindow) {
    return status != ConversationStatus.CLOSED && lastActivityAt.plus(resumeWindow).isAfter(now);
  }

  public void touch(Instant now) {
    lastActivityAt = now;
  }

  /** The version read (optimistic locking): TurnStore stores a turn only from the current one. */
  int version() {
    return version;
  }

  /**
   * The version the database now has, after a turn stored without JPA (TurnStore): JPA sets it
   * itself when it writes.
   */
  void storedAsVersion(int storedVersion) {
    version = storedVersion;
  }

  /**
   * What a turn stored without JPA changed (TurnStore: the columns store_turn sets), copied into
   * the shared cache's copy, as EclipseLink merges a commit.
   */
  void takeTurnFrom(Conversation turn) {
    status = turn.status;
    language = turn.language;
    lastActivityAt = turn.lastActivityAt;
    lastVisitorSeq = turn.lastVisitorSeq;
    misunderstoodTurns = turn.misunderstoodTurns;
    awaitingCheck = turn.awaitingCheck;
    handoverReason = turn.handoverReason;
    urgent = turn.urgent;
    waitingSince = turn.waitingSince;
    version = turn.version;
  }

  private void requireOpen() {
    if (status == ConversationStatus.CLOSED) {
      throw new ConversationClosedException(id);
    }
  }

  public long id() {
    return id;
  }

  public ConversationStatus status() {
    return status;
  }

  public String language() {
    return language;
  }

  public int misunderstoodTurns() {
    return misunderstoodTurns;
  }

  public Optional<HandoverReason> handoverReason() {
    return Optional.ofNullable(handoverReason);
  }

  public boolean isUrgent() {
    return urgent;
  }

  public Optional<Instant> waitingSince() {
    return Optional.ofNullable(waitingSince);
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
