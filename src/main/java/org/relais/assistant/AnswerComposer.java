package org.relais.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.knowledge.AnswerRenderer;
import org.relais.knowledge.BotPhrases;
import org.relais.knowledge.IntentKnowledge;
import org.relais.knowledge.Knowledge;
import org.relais.knowledge.Phrase;
import org.relais.knowledge.Wording;

/**
 * Turns an intent of the knowledge base into what the bot says, in the visitor's language: the
 * answer with the center's details filled in (in the answer's language where they have a value in
 * it), its buttons, its emergency number. A language without a written answer gets the French one,
 * with the French details and an offer of a person in the visitor's language.
 */
final class AnswerComposer {
  private final Knowledge knowledge;
  private final BotPhrases phrases;

  AnswerComposer(Knowledge knowledge, BotPhrases phrases) {
    this.knowledge = knowledge;
    this.phrases = phrases;
  }

  /** The intent's answer; {@code extraButtons} go after the related-intent buttons. */
  BotMessage answer(IntentKnowledge intent, String language, List<QuickReply> extraButtons) {
    Optional<Wording> own = intent.wording(language).filter(w -> hasText(w.answer()));
    Wording wording =
        own.orElseGet(() -> intent.wording(Knowledge.FALLBACK_LANGUAGE).orElseThrow());
    String answerLanguage = own.isPresent() ? language : Knowledge.FALLBACK_LANGUAGE;
    List<String> lines =
        new ArrayList<>(
            AnswerRenderer.render(wording.answer(), knowledge.centerDetailsIn(answerLanguage)));
    List<QuickReply> buttons = new ArrayList<>();
    if (own.isEmpty()) {
      lines.add(phrases.get(Phrase.LANGUAGE_FALLBACK, language));
      buttons.add(new QuickReply(phrases.get(Phrase.TALK_TO_PERSON, language), QuickReply.PERSON));
    }
    for (String related : intent.quickReplies()) {
      knowledge
          .intent(related)
          .ifPresent(r -> buttons.add(QuickReply.intent(r.label(language), r.id())));
    }
    buttons.addAll(extraButtons);
    return new BotMessage(
        String.join("\n", lines), answerLanguage, buttons, emergency(intent, language));
  }

  /** The yes/no question that checks a conditional intent's condition. */
  BotMessage checkQuestion(IntentKnowledge intent, String language) {
    String question =
        intent
            .wording(language)
            .map(Wording::escalateQuestion)
            .filter(AnswerComposer::hasText)
            .orElseGet(
                () -> intent.wording(Knowledge.FALLBACK_LANGUAGE).orElseThrow().escalateQuestion());
    return new BotMessage(
        question,
        language,
        List.of(
            new QuickReply(phrases.get(Phrase.YES, language), QuickReply.YES),
            new QuickReply(phrases.get(Phrase.NO, language), QuickReply.NO)),
        null);
  }

  /** "Which one do you mean?" with the two close intents and "something else". */
  BotMessage clarify(IntentKnowledge first, IntentKnowledge second, String language) {
    return new BotMessage(
        phrases.get(Phrase.CLARIFY, language),
        language,
        List.of(
            QuickReply.intent(first.label(language), first.id()),
            QuickReply.intent(second.label(language), second.id()),
            new QuickReply(phrases.get(Phrase.TALK_TO_PERSON, language), QuickReply.PERSON)),
        null);
  }

  BotMessage phrase(Phrase phrase, String language) {
    return BotMessage.say(phrases.get(phrase, language), language);
  }

  /** Which of the intent's keywords (in the language, or French) appear in the message. */
  boolean conditionShows(IntentKnowledge intent, String language, String visitorText) {
    String plain = PlainText.of(visitorText);
    List<String> keywords = new ArrayList<>();
    intent.wording(language).ifPresent(w -> keywords.addAll(w.escalateKeywords()));
    intent
        .wording(Knowledge.FALLBACK_LANGUAGE)
        .ifPresent(w -> keywords.addAll(w.escalateKeywords()));
    return keywords.stream().anyMatch(keyword -> PlainText.contains(plain, keyword));
  }

  private Emergency emergency(IntentKnowledge intent, String language) {
    if (intent.emergencyNumber() == null) {
      return null;
    }
    String label =
        intent
            .wording(language)
            .map(Wording::emergencyLabel)
            .filter(AnswerComposer::hasText)
            .or(() -> intent.wording(Knowledge.FALLBACK_LANGUAGE).map(Wording::emergencyLabel))
            .orElse("");
    return new Emergency(intent.emergencyNumber(), label);
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }
}
