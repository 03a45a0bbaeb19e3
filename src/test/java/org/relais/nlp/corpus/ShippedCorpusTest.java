package org.relais.nlp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.relais.nlp.LabelledText;
import org.relais.nlp.text.TextNormalizer;

/** The corpora in models/corpus cover the brief's taxonomy and keep test and training apart. */
class ShippedCorpusTest {

  /** The 59 reference intents of the domain brief, ids exactly as written there. */
  static final Set<String> REFERENCE_INTENTS =
      Set.of(
          "aah_handicap",
          "actualisation_france_travail",
          "adresse_acces",
          "aide_juridictionnelle",
          "ame_demande",
          "anef_aide_connexion",
          "ass_fin_droits",
          "bagagerie_casier",
          "carte_vitale",
          "cni_perdue_volee",
          "coffre_fort_numerique",
          "compte_nickel",
          "courrier_retrait",
          "creer_email",
          "css_complementaire",
          "cv_lettre",
          "dalo_daho",
          "danger_immediat_police",
          "declaration_trimestrielle",
          "demande_asile",
          "detresse_suicide",
          "domiciliation_asile",
          "domiciliation_demande",
          "domiciliation_refus_radiation",
          "domiciliation_renouvellement",
          "douche_hygiene",
          "droit_au_compte",
          "epicerie_solidaire",
          "france_services",
          "franceconnect",
          "hebergement_urgence_115",
          "horaires_ouverture",
          "inscription_france_travail",
          "laverie",
          "logement_social",
          "mineur_enfant_danger",
          "mot_de_passe_oublie",
          "parler_a_quelquun",
          "pass_soins_gratuits",
          "passeport_perdu_vole",
          "plan_grand_froid",
          "point_justice",
          "prime_activite",
          "rdv_travailleur_social",
          "recharge_telephone",
          "refus_sejour_oqtf",
          "repas_petit_dejeuner",
          "restos_du_coeur",
          "rsa_demande",
          "secu_puma",
          "siao_hebergement",
          "timbre_fiscal",
          "titre_expire_attente",
          "titre_sejour_renouvellement",
          "transport_solidaire",
          "urgence_medicale",
          "vestiaire_vetements",
          "violences",
          "wifi_ordinateur");

  private static final String OOS = "oos";
  private final TextNormalizer normalizer = new TextNormalizer();

  @Test
  void frenchCorpus_hasAtLeast25PhrasingsPerIntentAnd150OutOfScope() throws Exception {
    assertCounts(Path.of("models/corpus/fr.yml"), 25, 150);
  }

  @Test
  void englishCorpus_hasAtLeast10PhrasingsPerIntent() throws Exception {
    assertCounts(Path.of("models/corpus/en.yml"), 10, 1);
  }

  @Test
  void testSets_shareNoNormalisedMessageWithTraining() throws Exception {
    for (String language : List.of("fr", "en")) {
      Set<String> training = normalised(Path.of("models/corpus/" + language + ".yml"));
      Set<String> overlap = normalised(Path.of("models/corpus/test/" + language + ".yml"));
      overlap.retainAll(training);
      assertEquals(Set.of(), overlap, language + " test messages also in training");
    }
  }

  @Test
  void testSets_coverEveryIntent() throws Exception {
    for (String language : List.of("fr", "en")) {
      Map<String, Integer> counts = counts(Path.of("models/corpus/test/" + language + ".yml"));
      Set<String> expected = new TreeSet<>(REFERENCE_INTENTS);
      expected.add(OOS);
      assertEquals(expected, counts.keySet(), language);
    }
  }

  private void assertCounts(Path file, int perIntent, int outOfScope) throws Exception {
    Map<String, Integer> counts = counts(file);
    Set<String> expected = new TreeSet<>(REFERENCE_INTENTS);
    expected.add(OOS);
    assertEquals(expected, counts.keySet(), file + ": intents differ from the brief");
    counts.forEach(
        (intent, count) ->
            assertTrue(
                count >= (intent.equals(OOS) ? outOfScope : perIntent),
                file + ": " + intent + " has only " + count));
    Map<String, Integer> duplicates = new HashMap<>();
    for (LabelledText example : CorpusReader.read(file)) {
      duplicates.merge(example.intent() + "|" + example.text(), 1, Integer::sum);
    }
    duplicates.values().removeIf(n -> n == 1);
    assertEquals(Map.of(), duplicates, file + ": repeated examples");
  }

  private static Map<String, Integer> counts(Path file) throws Exception {
    Map<String, Integer> counts = new TreeMap<>();
    for (LabelledText example : CorpusReader.read(file)) {
      counts.merge(example.intent(), 1, Integer::sum);
    }
    return counts;
  }

  private Set<String> normalised(Path file) throws Exception {
    Set<String> texts = new TreeSet<>();
    for (LabelledText example : CorpusReader.read(file)) {
      texts.add(String.join(" ", normalizer.tokens(example.text())));
    }
    return texts;
  }
}
