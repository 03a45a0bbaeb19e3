package org.relais.nlp.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French, English or Spanish from the words of a short message in Latin letters. The lists hold
 * the words visitors type most, including the SMS spellings of French ("chui", "koi", "kel").
 * Words are compared lower case and without accents.
 */
final class LatinLanguages {

  private static final Set<String> FRENCH =
      Set.of(
          "je", "j", "jai", "suis", "chui", "jsuis", "jsui", "jpeux", "jveux", "jveu", "tu", "il",
          "elle", "on", "nous", "vous", "vs", "ils", "le", "la", "les", "un", "une", "des", "du",
          "de", "d", "l", "au", "aux", "et", "ou", "est", "c", "cest", "ce", "ca", "pas", "pa",
          "ne", "rien", "avec", "pour", "pr", "dans", "sur", "sans", "mon", "ma", "mes", "ton",
          "ta", "tes", "votre", "vos", "mais", "que", "qui", "quoi", "koi", "quel", "quelle", "kel",
          "comment", "quand", "kan", "pourquoi", "combien", "bonjour", "bonsoir", "salut", "slt",
          "bjr", "merci", "oui", "ouais", "non", "svp", "stp", "besoin", "veux", "veu", "peux",
          "peu", "faut", "ya", "avoir", "faire", "aide", "aider", "aidez", "manger", "dormir",
          "douche", "papiers", "papier", "papie", "carte", "demain", "aujourdhui", "ajd", "ici",
          "beaucoup", "bcp", "tout", "tt", "trop", "aussi", "encore", "deja", "plus", "moi", "toi",
          "ai", "as", "sont", "etes", "fait", "perdu", "heure", "heures", "ouvert", "ferme",
          "adresse", "logement", "travail", "madame", "monsieur", "parler", "quelquun", "personne",
          "voudrais", "chez", "aller", "venir", "nuit", "soir", "matin", "argent", "mdr", "dehors",
          "mal", "froid", "faim", "enfant", "enfants", "gratuit", "compte", "prendre", "laver");

  private static final Set<String> ENGLISH =
      Set.of(
          "i", "im", "you", "he", "she", "it", "we", "they", "the", "a", "an", "is", "are", "am",
          "was", "be", "my", "your", "me", "to", "for", "of", "and", "in", "on", "at", "with",
          "without", "can", "could", "do", "does", "dont", "how", "what", "where", "when", "why",
          "who", "which", "need", "want", "get", "have", "has", "help", "please", "thanks",
          "thank", "hello", "hi", "yes", "no", "not", "this", "that", "there", "here", "today",
          "tonight", "tomorrow", "sleep", "food", "eat", "shower", "card", "lost", "some", "any",
          "much", "money", "work", "job", "address", "about", "from", "would", "like", "know",
          "go", "just", "still", "open", "hungry", "cold", "doctor", "someone", "talk", "speak",
          "english", "wash", "clothes", "phone", "charge", "mail", "letter", "bag", "alone",
          "sir", "madam", "good", "morning", "evening", "night", "free", "time", "home", "nowhere");

  private static final Set<String> SPANISH =
      Set.of(
          "yo", "tu", "el", "la", "los", "las", "un", "una", "de", "del", "y", "en", "por", "para",
          "con", "sin", "que", "donde", "como", "cuando", "necesito", "quiero", "tengo", "hola",
          "gracias", "ayuda", "ayudar", "si", "no", "es", "esta", "estoy", "soy", "mi", "mis", "me",
          "comer", "dormir", "ducha", "hoy", "manana", "noche", "buenos", "buenas", "dias", "tardes",
          "favor", "puedo", "hay", "hablo", "espanol", "trabajo", "dinero", "papeles", "bano",
          "ropa", "casa", "comida", "agua", "medico", "policia", "senor", "senora", "hambre",
          "frio", "tiene", "hablar", "alguien", "aqui", "nada", "muy", "pero", "tambien", "nino");

  private static final WordLexicon LEXICON = new WordLexicon(lexicon());

  private LatinLanguages() {}

  private static Map<String, Set<String>> lexicon() {
    Map<String, Set<String>> byLanguage = new LinkedHashMap<>();
    byLanguage.put("fr", FRENCH);
    byLanguage.put("en", ENGLISH);
    byLanguage.put("es", SPANISH);
    return byLanguage;
  }

  /** Score per language, in the order of {@link #languages()}. */
  static double[] scores(List<String> words) {
    return LEXICON.scores(words);
  }

  static List<String> languages() {
    return LEXICON.languages();
  }

  /** The language the words clearly favour (a score of 1 or more and ahead), or null. */
  static String clearWinner(double[] scores) {
    return LEXICON.winner(scores, 1.0);
  }
}
