package org.relais.assistant;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.knowledge.Phrase;

/**
 * Messages that are only courtesy ("bonjour", "merci", "au revoir") get a courtesy reply rather
 * than a person; and explicit requests for a person are recognised without the classifier. Only
 * whole messages count: "bonjour je veux mourir" is not courtesy.
 */
final class SmallTalk {
  private static final Map<String, Phrase> COURTESY =
      Map.ofEntries(
          Map.entry("bonjour", Phrase.COURTESY_HELLO),
          Map.entry("bjr", Phrase.COURTESY_HELLO),
          Map.entry("salut", Phrase.COURTESY_HELLO),
          Map.entry("bonsoir", Phrase.COURTESY_HELLO),
          Map.entry("coucou", Phrase.COURTESY_HELLO),
          Map.entry("hello", Phrase.COURTESY_HELLO),
          Map.entry("hi", Phrase.COURTESY_HELLO),
          Map.entry("hola", Phrase.COURTESY_HELLO),
          Map.entry("salam", Phrase.COURTESY_HELLO),
          Map.entry("merci", Phrase.COURTESY_THANKS),
          Map.entry("merci beaucoup", Phrase.COURTESY_THANKS),
          Map.entry("mrc", Phrase.COURTESY_THANKS),
          Map.entry("thanks", Phrase.COURTESY_THANKS),
          Map.entry("thank you", Phrase.COURTESY_THANKS),
          Map.entry("gracias", Phrase.COURTESY_THANKS),
          Map.entry("ok merci", Phrase.COURTESY_THANKS),
          Map.entry("au revoir", Phrase.COURTESY_GOODBYE),
          Map.entry("bye", Phrase.COURTESY_GOODBYE),
          Map.entry("goodbye", Phrase.COURTESY_GOODBYE),
          Map.entry("a plus", Phrase.COURTESY_GOODBYE),
          Map.entry("bonne journee", Phrase.COURTESY_GOODBYE));

  /** Already plain ({@link PlainText#of}), so that they are not normalised again at each turn. */
  static final Set<String> PERSON_REQUESTS =
      Set.of(
          "parler a une personne",
          "parler a quelqu un",
          "parler a quelqun",
          "une vraie personne",
          "un humain",
          "une personne svp",
          "pas un robot",
          "je veux pas un robot",
          "talk to a person",
          "talk to a human",
          "real person",
          "a human",
          "not a robot",
          "not a bot");

  private SmallTalk() {}

  static Optional<Phrase> courtesy(String text) {
    return Optional.ofNullable(COURTESY.get(PlainText.of(text).strip()));
  }

  static boolean asksForAPerson(String text) {
    String plain = PlainText.of(text);
    return PERSON_REQUESTS.stream().anyMatch(request -> PlainText.containsWords(plain, request));
  }
}
