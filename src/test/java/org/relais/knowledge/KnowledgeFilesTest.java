package org.relais.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled knowledge base: complete, consistent and easy to read (FALC). */
class KnowledgeFilesTest {
  /** The brief's 59 reference intents, in the brief's order. */
  static final List<String> REFERENCE_INTENTS =
      List.of(
          "horaires_ouverture",
          "adresse_acces",
          "repas_petit_dejeuner",
          "douche_hygiene",
          "laverie",
          "bagagerie_casier",
          "courrier_retrait",
          "recharge_telephone",
          "wifi_ordinateur",
          "vestiaire_vetements",
          "rdv_travailleur_social",
          "hebergement_urgence_115",
          "urgence_medicale",
          "danger_immediat_police",
          "plan_grand_froid",
          "domiciliation_demande",
          "domiciliation_renouvellement",
          "domiciliation_refus_radiation",
          "domiciliation_asile",
          "cni_perdue_volee",
          "passeport_perdu_vole",
          "timbre_fiscal",
          "titre_sejour_renouvellement",
          "titre_expire_attente",
          "anef_aide_connexion",
          "demande_asile",
          "refus_sejour_oqtf",
          "secu_puma",
          "css_complementaire",
          "ame_demande",
          "pass_soins_gratuits",
          "carte_vitale",
          "rsa_demande",
          "declaration_trimestrielle",
          "prime_activite",
          "ass_fin_droits",
          "aah_handicap",
          "inscription_france_travail",
          "actualisation_france_travail",
          "cv_lettre",
          "droit_au_compte",
          "compte_nickel",
          "siao_hebergement",
          "logement_social",
          "dalo_daho",
          "creer_email",
          "mot_de_passe_oublie",
          "franceconnect",
          "coffre_fort_numerique",
          "france_services",
          "point_justice",
          "aide_juridictionnelle",
          "transport_solidaire",
          "restos_du_coeur",
          "epicerie_solidaire",
          "parler_a_quelquun",
          "detresse_suicide",
          "violences",
          "mineur_enfant_danger");

  /**
   * FALC: one sentence per line, about 12 words at most. French words average about 5.5 letters; 12
   * words with their spaces and punctuation come to about 75 characters. 80 leaves room for a
   * number or an address, and still fits one line of the kiosk's large type.
   */
  static final int MAX_LINE = 80;

  static final Set<String> SAFETY =
      Set.of(
          "urgence_medicale",
          "danger_immediat_police",
          "detresse_suicide",
          "violences",
          "mineur_enfant_danger");

  private final List<IntentKnowledge> intents =
      KnowledgeFile.readIntents(KnowledgeFile.resource(KnowledgeFile.INTENTS));
  private final Map<String, String> center =
      KnowledgeFile.readCenterDetails(KnowledgeFile.resource(KnowledgeFile.CENTER));

  @Test
  void everyReferenceIntent_isThere_once_inTheBriefsOrder() {
    assertEquals(REFERENCE_INTENTS, intents.stream().map(IntentKnowledge::id).toList());
  }

  @Test
  void everyIntent_hasAnAnswer_inFrenchAndInEnglish() {
    for (IntentKnowledge intent : intents) {
      for (String language : List.of("fr", "en")) {
        Wording wording = intent.wording(language).orElse(null);
        assertNotNull(wording, intent.id() + " has no " + language + " text");
        assertFalse(
            wording.answer() == null || wording.answer().isBlank(), intent.id() + " " + language);
        assertFalse(
            wording.label() == null || wording.label().isBlank(),
            intent.id() + " label " + language);
        assertNotNull(wording.lastVerified(), intent.id() + " last_verified");
        assertFalse(wording.sources().isEmpty(), intent.id() + " sources");
      }
    }
  }

  @Test
  void everyPlaceholderUsed_isDefinedInTheCenterDetails() {
    List<String> undefined = new ArrayList<>();
    for (IntentKnowledge intent : intents) {
      for (Wording wording : intent.wordings().values()) {
        Matcher placeholder = AnswerRenderer.PLACEHOLDER.matcher(String.valueOf(wording.answer()));
        while (placeholder.find()) {
          if (!center.containsKey(placeholder.group(1))) {
            undefined.add(intent.id() + ": " + placeholder.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), undefined);
  }

  @Test
  void frenchAnswers_haveThreeToFiveShortLines_onceRendered() {
    List<String> problems = new ArrayList<>();
    for (IntentKnowledge intent : intents) {
      List<String> lines =
          AnswerRenderer.render(intent.wording("fr").orElseThrow().answer(), center);
      if (lines.size() < 2 || lines.size() > 5) {
        problems.add(intent.id() + ": " + lines.size() + " lines");
      }
      lines.stream()
          .filter(line -> line.length() > MAX_LINE)
          .forEach(line -> problems.add(intent.id() + ": " + line.length() + " chars: " + line));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void safetyIntents_goToAPersonAtOnce_withAFreeEmergencyNumber() {
    for (IntentKnowledge intent : intents) {
      if (SAFETY.contains(intent.id())) {
        assertEquals(Handover.URGENT, intent.handover(), intent.id());
        assertTrue(intent.emergencyNumber().matches("\\d{2,4}"), intent.id());
      } else {
        assertFalse(intent.handover() == Handover.URGENT, intent.id() + " is not a safety intent");
      }
    }
  }

  @Test
  void conditionalIntents_haveTheirCheckQuestion_andKeywords_inFrenchAndEnglish() {
    for (IntentKnowledge intent : intents) {
      if (intent.handover() == Handover.CONDITIONAL) {
        for (String language : List.of("fr", "en")) {
          Wording wording = intent.wording(language).orElseThrow();
          assertNotNull(wording.escalateQuestion(), intent.id() + " question " + language);
          assertFalse(wording.escalateKeywords().isEmpty(), intent.id() + " keywords " + language);
        }
      }
    }
  }

  @Test
  void quickReplies_nameExistingIntents() {
    Set<String> ids = intents.stream().map(IntentKnowledge::id).collect(Collectors.toSet());
    for (IntentKnowledge intent : intents) {
      for (String reply : intent.quickReplies()) {
        assertTrue(ids.contains(reply), intent.id() + " -> " + reply);
      }
    }
  }

  @Test
  void everyPhrase_existsInTheSevenKioskLanguages() {
    BotPhrases phrases = BotPhrases.bundled();
    for (Phrase phrase : Phrase.values()) {
      for (String language : List.of("fr", "en", "ar", "es", "fa", "ps", "uk")) {
        assertTrue(phrases.has(phrase, language), phrase + " in " + language);
      }
    }
  }

  /**
   * Details that read the same in every language: names, numbers, codes, street addresses. Any
   * other detail an English answer uses needs its English value, or the English answer shows
   * French.
   */
  static final Set<String> SAME_IN_EVERY_LANGUAGE =
      Set.of(
          "CENTRE_NOM",
          "CENTRE_TELEPHONE",
          "ADRESSE",
          "WIFI_NOM",
          "WIFI_CODE",
          "CPAM_ADRESSE",
          "FRANCE_SERVICES_PROCHE");

  @Test
  void detailTranslations_nameDefinedDetails_inKioskLanguagesOtherThanFrench() {
    Map<String, Map<String, String>> translations =
        KnowledgeFile.readCenterTranslations(KnowledgeFile.resource(KnowledgeFile.CENTER));
    assertEquals(Set.of("en"), translations.keySet());
    translations.forEach(
        (language, values) ->
            values.forEach(
                (name, value) -> {
                  assertTrue(center.containsKey(name), language + ": no French detail " + name);
                  assertFalse(value == null || value.isBlank(), language + ": " + name);
                }));
  }

  @Test
  void englishAnswers_showEnglishDetails_inShortLines() {
    Map<String, String> english =
        KnowledgeFile.readCenterTranslations(KnowledgeFile.resource(KnowledgeFile.CENTER))
            .get("en");
    Knowledge knowledge = new Knowledge(Map.of(), center, Map.of("en", english));
    List<String> problems = new ArrayList<>();
    for (IntentKnowledge intent : intents) {
      String answer = intent.wording("en").orElseThrow().answer();
      Matcher placeholder = AnswerRenderer.PLACEHOLDER.matcher(answer);
      while (placeholder.find()) {
        String name = placeholder.group(1);
        if (!english.containsKey(name) && !SAME_IN_EVERY_LANGUAGE.contains(name)) {
          problems.add(intent.id() + ": " + name + " has no English value");
        }
      }
      AnswerRenderer.render(answer, knowledge.centerDetailsIn("en")).stream()
          .filter(line -> line.length() > MAX_LINE)
          .forEach(line -> problems.add(intent.id() + ": " + line.length() + " chars: " + line));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void renderer_fillsDetails_andDropsLinesLeftEmpty() {
    Map<String, String> details = Map.of("HORAIRES", "9h - 17h", "FERMETURE", "");
    assertEquals(
        List.of("Nous ouvrons de 9h - 17h."),
        AnswerRenderer.render(
            "Nous ouvrons de {{HORAIRES}}.\n{{FERMETURE}}\nLe dimanche : {{FERMETURE}}.", details));
    assertEquals(
        List.of("Bonjour."), AnswerRenderer.render("Bonjour.\nCode : {{INCONNU}}", details));
  }
}
