package org.relais.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.HandoverReason;
import org.relais.knowledge.BotPhrases;
import org.relais.knowledge.IntentKnowledge;
import org.relais.knowledge.Knowledge;
import org.relais.knowledge.KnowledgeFile;
import org.relais.knowledge.Phrase;
import org.relais.nlp.IntentPrediction;
import org.relais.nlp.IntentScore;

/** The bot's decisions, on the real knowledge base, for given classifier outputs. */
class AssistantTest {
  private static final Knowledge KNOWLEDGE =
      new Knowledge(
          KnowledgeFile.readIntents(KnowledgeFile.resource(KnowledgeFile.INTENTS)).stream()
              .collect(Collectors.toMap(IntentKnowledge::id, i -> i)),
          KnowledgeFile.readCenterDetails(KnowledgeFile.resource(KnowledgeFile.CENTER)),
          KnowledgeFile.readCenterTranslations(KnowledgeFile.resource(KnowledgeFile.CENTER)));
  private static final BotPhrases PHRASES = BotPhrases.bundled();
  private static final Function<String, IntentPrediction> NOT_CALLED =
      text -> {
        throw new AssertionError("the classifier should not be asked about: " + text);
      };

  private final Assistant assistant = new Assistant(PHRASES);

  private static ConversationState withBot() {
    return new ConversationState(ConversationStatus.WITH_BOT, "fr", 0, Optional.empty());
  }

  private static Function<String, IntentPrediction> predicts(
      String language, Object... intentsAndScores) {
    List<IntentScore> scores = new java.util.ArrayList<>();
    for (int i = 0; i < intentsAndScores.length; i += 2) {
      scores.add(new IntentScore((String) intentsAndScores[i], (Double) intentsAndScores[i + 1]));
    }
    return text -> new IntentPrediction(scores, language, false);
  }

  private BotDecision typed(
      ConversationState state, String text, Function<String, IntentPrediction> classifier) {
    return assistant.decide(state, VisitorInput.typed(text), KNOWLEDGE, classifier);
  }

  @Test
  void routineQuestion_getsTheAnswer_withTheCentersDetailsFilledIn() {
    BotDecision decision =
        typed(
            withBot(),
            "c ouvert a kel heure",
            predicts("fr", "horaires_ouverture", 0.9, "adresse_acces", 0.03));
    assertTrue(decision.handoff().isEmpty());
    assertEquals(Understanding.UNDERSTOOD, decision.understanding());
    String text = decision.messages().get(0).text();
    assertTrue(text.startsWith("Voici nos horaires."), text);
    assertTrue(text.contains(KNOWLEDGE.centerDetails().get("HORAIRES_SEMAINE")), text);
    assertFalse(text.contains("{{"), text);
    assertTrue(
        decision.messages().get(0).quickReplies().stream()
            .anyMatch(r -> r.payload().equals("intent:adresse_acces")));
  }

  @Test
  void englishMessage_isAnsweredInEnglish() {
    BotDecision decision =
        typed(withBot(), "when are you open", predicts("en", "horaires_ouverture", 0.8));
    assertEquals("en", decision.language());
    assertTrue(decision.messages().get(0).text().startsWith("Here are our opening hours."));
  }

  @Test
  void englishAnswer_showsTheDetailsEnglishValues_andFrenchWhereThereIsNone() {
    Map<String, String> french = KNOWLEDGE.centerDetails();
    Map<String, String> english = KNOWLEDGE.centerTranslations().get("en");
    String text =
        typed(withBot(), "when are you open", predicts("en", "horaires_ouverture", 0.8))
            .messages()
            .get(0)
            .text();
    assertTrue(text.contains("Weekend: " + english.get("HORAIRES_WEEKEND") + "."), text);
    assertFalse(text.contains(french.get("HORAIRES_WEEKEND")), text);

    Map<String, String> noEnglishWeekend = new java.util.HashMap<>(english);
    noEnglishWeekend.remove("HORAIRES_WEEKEND");
    Knowledge partly = new Knowledge(KNOWLEDGE.intents(), french, Map.of("en", noEnglishWeekend));
    String fallback =
        assistant
            .decide(
                withBot(),
                VisitorInput.typed("when are you open"),
                partly,
                predicts("en", "horaires_ouverture", 0.8))
            .messages()
            .get(0)
            .text();
    assertTrue(fallback.contains("Weekend: " + french.get("HORAIRES_WEEKEND") + "."), fallback);
    assertTrue(fallback.contains(english.get("HORAIRES_SEMAINE")), fallback);
  }

  @Test
  void frenchAnswerForALanguageWithoutOne_showsTheFrenchDetails() {
    String text =
        typed(withBot(), "?", predicts("es", "horaires_ouverture", 0.8)).messages().get(0).text();
    assertTrue(text.contains(KNOWLEDGE.centerDetails().get("HORAIRES_WEEKEND")), text);
  }

  @Test
  void languageWithoutAWrittenAnswer_getsFrench_plusAnOfferOfAPerson_inItsOwnLanguage() {
    BotDecision decision = typed(withBot(), "?", predicts("ar", "douche_hygiene", 0.8));
    BotMessage answer = decision.messages().get(0);
    assertEquals("fr", answer.language());
    assertTrue(answer.text().endsWith(PHRASES.get(Phrase.LANGUAGE_FALLBACK, "ar")), answer.text());
    assertEquals("person", answer.quickReplies().get(0).payload());
  }

  @Test
  void safetyIntent_handsOverAtOnce_asUrgent_withTheEmergencyNumber() {
    BotDecision decision =
        typed(withBot(), "je veux mourir", predicts("fr", "detresse_suicide", 0.7));
    assertEquals(Optional.of(new Handoff(HandoverReason.SAFETY, true)), decision.handoff());
    assertEquals("3114", decision.messages().get(0).emergency().number());
  }

  @Test
  void safetyIntent_closeBehindAnother_winsOverClarifying() {
    BotDecision decision =
        typed(withBot(), "il me frappe", predicts("fr", "point_justice", 0.40, "violences", 0.35));
    assertEquals(Optional.of(new Handoff(HandoverReason.SAFETY, true)), decision.handoff());
    assertEquals("3919", decision.messages().get(0).emergency().number());
  }

  @Test
  void outOfScope_goesToAPerson() {
    BotDecision decision =
        assistant.decide(
            withBot(),
            VisitorInput.typed("qui a gagne le match"),
            KNOWLEDGE,
            text -> new IntentPrediction(List.of(new IntentScore("oos", 0.9)), "fr", true));
    assertEquals(Optional.of(new Handoff(HandoverReason.OUT_OF_SCOPE, false)), decision.handoff());
    assertEquals(
        PHRASES.get(Phrase.HANDOVER_OUT_OF_SCOPE, "fr"), decision.messages().get(0).text());
    assertTrue(decision.prediction().isPresent(), "the prediction is kept for the worker");
  }

  @Test
  void twoCloseIntents_areOfferedAsButtons_insteadOfGuessing() {
    BotDecision decision =
        typed(
            withBot(),
            "mes papiers",
            predicts("fr", "cni_perdue_volee", 0.41, "passeport_perdu_vole", 0.38));
    assertTrue(decision.handoff().isEmpty());
    assertEquals(Understanding.MISUNDERSTOOD, decision.understanding());
    List<String> payloads =
        decision.messages().get(0).quickReplies().stream().map(QuickReply::payload).toList();
    assertEquals(
        List.of("intent:cni_perdue_volee", "intent:passeport_perdu_vole", "person"), payloads);
  }

  @Test
  void secondMisunderstoodTurnInARow_goesToAPerson() {
    ConversationState onceMisunderstood =
        new ConversationState(ConversationStatus.WITH_BOT, "fr", 1, Optional.empty());
    BotDecision decision =
        typed(
            onceMisunderstood,
            "papiers",
            predicts("fr", "cni_perdue_volee", 0.41, "passeport_perdu_vole", 0.38));
    assertEquals(
        Optional.of(new Handoff(HandoverReason.REPEATED_MISUNDERSTANDING, false)),
        decision.handoff());
  }

  @Test
  void escalatedIntent_answersWithUsefulNumbers_andHandsOver() {
    BotDecision decision =
        typed(withBot(), "je veux demander l asile", predicts("fr", "demande_asile", 0.9));
    assertEquals(
        Optional.of(new Handoff(HandoverReason.ESCALATED_INTENT, false)), decision.handoff());
    assertFalse(decision.messages().get(0).text().isBlank());
  }

  @Test
  void conditionalIntent_whoseConditionShows_handsOver() {
    BotDecision decision =
        typed(
            withBot(),
            "je dors dehors avec mon fils ce soir",
            predicts("fr", "hebergement_urgence_115", 0.9));
    assertEquals(Optional.of(new Handoff(HandoverReason.CONDITION, false)), decision.handoff());
    assertEquals(2, decision.messages().size());
  }

  @Test
  void conditionalIntent_withoutTheCondition_answers_andAsksTheCheckQuestion() {
    BotDecision decision =
        typed(withBot(), "ou dormir ce soir", predicts("fr", "hebergement_urgence_115", 0.9));
    assertTrue(decision.handoff().isEmpty());
    assertEquals(Optional.of("hebergement_urgence_115"), decision.awaitingCheck());
    List<String> buttons =
        decision.messages().get(1).quickReplies().stream().map(QuickReply::payload).toList();
    assertEquals(List.of("yes", "no"), buttons);
  }

  @Test
  void yesToTheCheckQuestion_handsOver_andNoDoesNot() {
    ConversationState asked =
        new ConversationState(
            ConversationStatus.WITH_BOT, "fr", 0, Optional.of("hebergement_urgence_115"));
    BotDecision yes =
        assistant.decide(asked, VisitorInput.pressed("Oui", "yes"), KNOWLEDGE, NOT_CALLED);
    assertEquals(Optional.of(new Handoff(HandoverReason.CONDITION, false)), yes.handoff());
    BotDecision no =
        assistant.decide(asked, VisitorInput.pressed("Non", "no"), KNOWLEDGE, NOT_CALLED);
    assertTrue(no.handoff().isEmpty());
    assertEquals(PHRASES.get(Phrase.ESCALATE_DECLINED, "fr"), no.messages().get(0).text());
  }

  @Test
  void checkThatEscalatesOnNo_handsOverOnNo() {
    ConversationState asked =
        new ConversationState(ConversationStatus.WITH_BOT, "fr", 0, Optional.of("secu_puma"));
    BotDecision no =
        assistant.decide(asked, VisitorInput.pressed("Non", "no"), KNOWLEDGE, NOT_CALLED);
    assertEquals(Optional.of(new Handoff(HandoverReason.CONDITION, false)), no.handoff());
  }

  @Test
  void personButton_orExplicitWords_handOver_withoutAskingTheClassifier() {
    BotDecision button =
        assistant.decide(
            withBot(),
            VisitorInput.pressed("Parler à une personne", "person"),
            KNOWLEDGE,
            NOT_CALLED);
    assertEquals(
        Optional.of(new Handoff(HandoverReason.ASKED_FOR_PERSON, false)), button.handoff());
    BotDecision words = typed(withBot(), "je veux parler à une vraie personne", NOT_CALLED);
    assertEquals(Optional.of(new Handoff(HandoverReason.ASKED_FOR_PERSON, false)), words.handoff());
  }

  @Test
  void courtesy_isAnsweredPolitely_withoutAPerson() {
    BotDecision thanks = typed(withBot(), "Merci !", NOT_CALLED);
    assertTrue(thanks.handoff().isEmpty());
    assertEquals(PHRASES.get(Phrase.COURTESY_THANKS, "fr"), thanks.messages().get(0).text());
  }

  @Test
  void courtesyWordsInsideARealMessage_areNotCourtesy() {
    BotDecision decision =
        typed(withBot(), "bonjour je veux mourir", predicts("fr", "detresse_suicide", 0.8));
    assertTrue(decision.handoff().orElseThrow().urgent());
  }

  @Test
  void quickReplyNamingAnIntent_answersIt_withoutTheClassifier() {
    BotDecision decision =
        assistant.decide(
            withBot(), VisitorInput.pressed("Laverie", "intent:laverie"), KNOWLEDGE, NOT_CALLED);
    assertEquals(Understanding.UNDERSTOOD, decision.understanding());
    assertTrue(
        decision.messages().get(0).text().contains(KNOWLEDGE.centerDetails().get("LAVERIE_PRIX")));
  }

  @Test
  void onceAPersonHasTheConversation_theBotStaysSilent() {
    for (ConversationStatus status :
        List.of(ConversationStatus.WAITING, ConversationStatus.WITH_WORKER)) {
      ConversationState state = new ConversationState(status, "fr", 0, Optional.empty());
      BotDecision decision = typed(state, "allo ?", NOT_CALLED);
      assertTrue(decision.messages().isEmpty(), status.name());
      assertTrue(decision.handoff().isEmpty(), status.name());
    }
  }

  @Test
  void everyIntent_canBeAnsweredInEveryKioskLanguage() {
    for (IntentKnowledge intent : KNOWLEDGE.intents().values()) {
      for (String language : Assistant.KIOSK_LANGUAGES) {
        BotDecision decision =
            assistant.decide(
                new ConversationState(ConversationStatus.WITH_BOT, language, 0, Optional.empty()),
                VisitorInput.pressed(intent.label(language), "intent:" + intent.id()),
                KNOWLEDGE,
                NOT_CALLED);
        assertFalse(decision.messages().isEmpty(), intent.id() + " " + language);
        decision
            .messages()
            .forEach(m -> assertFalse(m.text().isBlank(), intent.id() + " " + language));
      }
    }
    assertEquals(59, KNOWLEDGE.intents().size(), Map.of().toString());
  }
}
