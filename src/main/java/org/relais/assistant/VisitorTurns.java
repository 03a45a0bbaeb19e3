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
import org.relais.conversation.Conversation;
import org.relais.conversation.ConversationEvent;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.Message;
import org.relais.conversation.Prediction;
import org.relais.conversation.ResumeTokens;
import org.relais.helpdesk.HelpdeskAvailability;
import org.relais.knowledge.KnowledgeBase;
import org.relais.knowledge.Phrase;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.LanguageHint;
import org.relais.platform.json.Jsonp;
import org.relais.training.ExampleSource;
import org.relais.training.TrainingInbox;

/**
 * A visitor's message and the bot's answer, in one transaction: the message is stored (a resent
 * {@code seq} is recognised and not stored twice), the bot decides, its replies and the
 * conversation's new state are stored. The kiosk is acknowledged only after the commit, so an
 * acknowledged message is never lost; a failed turn stores nothing and can be sent again.
 */
@ApplicationScoped
public class VisitorTurns {
  @Inject private ConversationRepository conversations;
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
   * @param conversationId the kiosk's conversation, or empty for its first message
   * @param resumeToken the token the kiosk was given, bound to a new conversation
   * @param pickedLanguage the language chosen on the kiosk
   */
  @Transactional
  public VisitorTurn visitorSays(
      Optional<Long> conversationId,
      String resumeToken,
      String pickedLanguage,
      int seq,
      VisitorInput input) {
    Instant now = clock.instant();
    Conversation conversation =
        conversationId
            .flatMap(conversations::find)
            .orElseGet(
                () ->
                    conversations.add(
                        Conversation.start(pickedLanguage, ResumeTokens.hash(resumeToken), now)));
    Optional<Message> resent =
        conversation.mayHaveStoredSeq(seq)
            ? conversations.visitorMessageWithSeq(conversation.id(), seq)
            : Optional.empty();
    if (resent.isPresent()) {
      return new VisitorTurn(
          conversation, resent.get(), List.of(), true, Optional.empty(), position(conversation));
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
    conversations.add(visitorMessage);
    decision
        .prediction()
        .flatMap(p -> unsureGuess(decision, p))
        .ifPresent(
            guess ->
                inbox.propose(
                    input.text(), guess, decision.language(), ExampleSource.UNSURE, guess));
    List<Message> replies = apply(decision, conversation, now);
    if (conversation.status() != ConversationStatus.WITH_BOT) {
      events.fire(new ConversationEvent.MessageAdded(conversation.id(), visitorMessage.id()));
    }
    return new VisitorTurn(
        conversation, visitorMessage, replies, false, decision.handoff(), position(conversation));
  }

  /** The visitor message already stored with this seq, if any. */
  @Transactional
  public Optional<Message> storedWithSeq(long conversationId, int seq) {
    return conversations.visitorMessageWithSeq(conversationId, seq);
  }

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
          conversations.add(
              conversation.botSays(
                  message.text(),
                  message.language(),
                  quickRepliesJson(message.quickReplies()),
                  message.emergency() == null ? null : message.emergency().number(),
                  message.emergency() == null ? null : message.emergency().label(),
                  now)));
    }
    if (decision.handoff().isPresent() && !availability.someoneCanCome()) {
      // Nobody at a console (or the desk is closed): say plainly what happens now, with the numbers
      // that always answer.
      replies.add(
          conversations.add(
              conversation.botSays(
                  knowledgeBase.phrases().get(Phrase.NO_WORKER_AVAILABLE, decision.language()),
                  decision.language(),
                  null,
                  null,
                  null,
                  now)));
    }
    decision
        .handoff()
        .ifPresent(
            handoff -> {
              conversation.handOver(handoff.reason(), handoff.urgent(), now);
              events.fire(
                  new ConversationEvent.HandedOver(
                      conversation.id(), handoff.reason(), handoff.urgent()));
            });
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
