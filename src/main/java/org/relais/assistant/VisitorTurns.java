package org.relais.assistant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.conversation.Conversation;
import org.relais.conversation.ConversationClosedException;
import org.relais.conversation.ConversationEvent;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationService;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.Message;
import org.relais.conversation.Prediction;
import org.relais.conversation.TurnStore;
import org.relais.helpdesk.HelpdeskAvailability;
import org.relais.knowledge.KnowledgeBase;
import org.relais.knowledge.Phrase;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.LanguageHint;
import org.relais.platform.json.Jsonp;
import org.relais.training.ExampleSource;
import org.relais.training.TrainingInbox;

/**
 * A visitor's message and the bot's answer, stored together: the message (a resent {@code seq} is
 * recognised and not stored twice), the bot's replies and the conversation's new state go to the
 * database in one transaction and one round trip ({@link TurnStore}). The kiosk is acknowledged
 * only after that commit, so an acknowledged message is never lost; a failed turn stores nothing
 * and can be sent again. If the conversation changed meanwhile (a worker took it, the visitor
 * switched language on another connection), nothing is stored and the turn is decided again on the
 * conversation as it now is: the bot never answers from a state that is no longer true.
 */
@ApplicationScoped
public class VisitorTurns {
  /** Turns decided again when the conversation keeps changing under them, before giving up. */
  private static final int ATTEMPTS = 3;

  private static final Logger LOG = Logger.getLogger(VisitorTurns.class.getName());

  @Inject private ConversationRepository conversations;
  @Inject private ConversationService conversationService;
  @Inject private TurnStore turnStore;
  @Inject private KnowledgeBase knowledgeBase;
  @Inject private ClassifierService classifier;
  @Inject private Event<ConversationEvent> events;
  @Inject private HelpdeskAvailability availability;
  @Inject private TrainingInbox inbox;

  private final Clock clock = Clock.systemUTC();
  private Assistant assistant;

  @jakarta.annotation.PostConstruct
  void createAssistant() {
    assistant = new Assistant(knowledgeBase.phrases());
  }

  /**
   * Not in a JTA transaction: the turn's writes are one call of {@link TurnStore}; the reads before
   * it come from the shared cache of conversations or read committed rows.
   *
   * @param conversationId the kiosk's conversation, or empty for its first message
   * @param resumeToken the token the kiosk was given, bound to a new conversation
   * @param pickedLanguage the language chosen on the kiosk
   */
  public VisitorTurn visitorSays(
      Optional<Long> conversationId,
      String resumeToken,
      String pickedLanguage,
      int seq,
      VisitorInput input) {
    Conversation conversation =
        conversationId
            .flatMap(conversationService::forTurn)
            .orElseGet(
                () -> copyForTurn(conversationService.startWith(resumeToken, pickedLanguage)));
    for (int attempt = 1; ; attempt++) {
      Optional<VisitorTurn> turn = decideAndStore(conversation, pickedLanguage, seq, input);
      if (turn.isPresent()) {
        return turn.get();
      }
      if (attempt == ATTEMPTS) {
        throw new IllegalStateException(
            "conversation "
                + conversation.id()
                + " changed under "
                + ATTEMPTS
                + " turns in a row: not stored");
      }
      conversation = copyForTurn(conversation.id());
    }
  }

  private Conversation copyForTurn(long id) {
    return conversationService.forTurn(id).orElseThrow(() -> new ConversationClosedException(id));
  }

  /** The stored turn, or empty if the conversation changed since it was read. */
  private Optional<VisitorTurn> decideAndStore(
      Conversation conversation, String pickedLanguage, int seq, VisitorInput input) {
    Instant now = clock.instant();
    Optional<Message> resent =
        conversation.mayHaveStoredSeq(seq)
            ? conversations.visitorMessageWithSeq(conversation.id(), seq)
            : Optional.empty();
    if (resent.isPresent()) {
      return Optional.of(
          new VisitorTurn(
              conversation,
              resent.get(),
              List.of(),
              true,
              Optional.empty(),
              position(conversation)));
    }
    Message visitorMessage = conversation.receiveFromVisitor(input.text(), seq, now);
    LanguageHint hint = new LanguageHint(pickedLanguage, conversation.language());
    BotDecision decision =
        assistant.decide(
            state(conversation),
            input,
            knowledgeBase.current(),
            text -> classifier.classify(text, hint));
    decision.prediction().ifPresent(p -> conversation.understood(visitorMessage, toPrediction(p)));
    List<Message> replies = apply(decision, conversation, now);
    List<Message> stored = new ArrayList<>();
    stored.add(visitorMessage);
    stored.addAll(replies);
    if (!turnStore.store(conversation, stored, now)) {
      return Optional.empty();
    }
    afterStored(() -> proposeIfUnsure(decision, input));
    decision
        .handoff()
        .ifPresent(
            handoff ->
                afterStored(
                    () ->
                        events.fire(
                            new ConversationEvent.HandedOver(
                                conversation.id(), handoff.reason(), handoff.urgent()))));
    if (conversation.status() != ConversationStatus.WITH_BOT) {
      afterStored(
          () ->
              events.fire(
                  new ConversationEvent.MessageAdded(conversation.id(), visitorMessage.id())));
    }
    return Optional.of(
        new VisitorTurn(
            conversation,
            visitorMessage,
            replies,
            false,
            decision.handoff(),
            position(conversation)));
  }

  /**
   * What follows a stored turn (the training inbox, telling the consoles) must not make it look
   * unstored: the kiosk would send it again and the visitor would miss the bot's answer. As when
   * these ran after a JTA commit, a failure is logged, not thrown.
   */
  private static void afterStored(Runnable step) {
    try {
      step.run();
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "After a stored kiosk turn: " + failure, failure);
    }
  }

  private void proposeIfUnsure(BotDecision decision, VisitorInput input) {
    decision
        .prediction()
        .flatMap(p -> unsureGuess(decision, p))
        .ifPresent(
            guess ->
                inbox.propose(
                    input.text(), guess, decision.language(), ExampleSource.UNSURE, guess));
  }

  /** The visitor message already stored with this seq, if any. */
  @Transactional
  public Optional<Message> storedWithSeq(long conversationId, int seq) {
    return conversations.visitorMessageWithSeq(conversationId, seq);
  }

  /** The bot's replies and the conversation's new state; stored by the caller. */
  private List<Message> apply(BotDecision decision, Conversation conversation, Instant now) {
    conversation.speakIn(decision.language());
    switch (decision.understanding()) {
      case UNDERSTOOD -> conversation.understood();
      case MISUNDERSTOOD -> conversation.misunderstood();
      case NEUTRAL -> {}
    }
    conversation.awaitCheck(decision.awaitingCheck().orElse(null));
    List<Message> replies = new ArrayList<>();
    for (BotMessage message : decision.messages()) {
      replies.add(
          conversation.botSays(
              message.text(),
              message.language(),
              quickRepliesJson(message.quickReplies()),
              message.emergency() == null ? null : message.emergency().number(),
              message.emergency() == null ? null : message.emergency().label(),
              now));
    }
    if (decision.handoff().isPresent() && !availability.someoneCanCome()) {
      // Nobody at a console (or the desk is closed): say plainly what happens now, with the numbers
      // that always answer.
      replies.add(
          conversation.botSays(
              knowledgeBase.phrases().get(Phrase.NO_WORKER_AVAILABLE, decision.language()),
              decision.language(),
              null,
              null,
              null,
              now));
    }
    decision
        .handoff()
        .ifPresent(handoff -> conversation.handOver(handoff.reason(), handoff.urgent(), now));
    return replies;
  }

  /**
   * The bot's best guess when it was unsure (it asked which intent, or found the message out of
   * scope while one intent still had some weight): an admin confirms or corrects it in the inbox.
   */
  private static Optional<String> unsureGuess(BotDecision decision, IntentPrediction prediction) {
    if (prediction.topIntents().isEmpty()) {
      return Optional.empty();
    }
    var best = prediction.topIntents().get(0);
    boolean unsure =
        decision.understanding() == Understanding.MISUNDERSTOOD
            || (prediction.outOfScope()
                && best.confidence() >= UNSURE_WEIGHT
                && !IntentPrediction.OUT_OF_SCOPE.equals(best.intent()));
    return unsure ? Optional.of(best.intent()) : Optional.empty();
  }

  /** An out-of-scope message whose best intent weighs at least this much is worth a look. */
  private static final double UNSURE_WEIGHT = 0.2;

  private int position(Conversation conversation) {
    return conversation.status() == ConversationStatus.WAITING
        ? conversations.queuePosition(conversation)
        : 0;
  }

  private static ConversationState state(Conversation conversation) {
    return new ConversationState(
        conversation.status(),
        conversation.language(),
        conversation.misunderstoodTurns(),
        conversation.awaitingCheck());
  }

  private static Prediction toPrediction(IntentPrediction prediction) {
    return new Prediction(
        prediction.intent(),
        prediction.confidence(),
        prediction.language(),
        prediction.outOfScope());
  }

  private static String quickRepliesJson(List<QuickReply> quickReplies) {
    if (quickReplies.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = Jsonp.array();
    quickReplies.forEach(
        r -> array.add(Jsonp.object().add("label", r.label()).add("payload", r.payload())));
    return array.build().toString();
  }
}
