package org.relais.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  private final TextNormalizer normalizer = new TextNormalizer();

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "chui tout seul | je suis tout seul",
        "jsuis devant la porte | je suis devant la porte",
        "g perdu ma carte | je ai perdu ma carte",
        "jai pa de papié | je ai pas de papier",
        "c koi le code wifi | ce est quoi le code wifi",
        "kel bus pr venir | quel bus pour venir",
        "merci bcp stp | merci beaucoup svp",
        "mdp oublié | mot de passe oublie",
        "rdv avec lassistante | rendez vous avec lassistante",
        "on m'a volé ma cni | on me a vole ma carte de identite",
        "numero de secu | numero de securite sociale",
        "inscription pole emploi | inscription france travail",
        "jveu manger | je veux manger",
        "kan c ouvert | quand ce est ouvert",
        "ya des douches ? | il y a des douches",
      })
  void normalize_rewritesSmsAndPhoneticFrench(String typed, String expected) {
    assertEquals(expected, normalizer.normalize(typed));
  }

  @Test
  void normalize_expandsFrenchElisions() {
    assertEquals(
        "je ai besoin de une adresse le accueil",
        normalizer.normalize("J'ai besoin d'une adresse l’accueil"));
  }

  @Test
  void normalize_expandsEnglishContractions() {
    assertEquals(
        "i am lost i can not find it do not know what is up",
        normalizer.normalize("I'm lost, I can't find it. Don't know what's up"));
  }

  @Test
  void normalize_expandsGluedEnglishContractions() {
    assertEquals("i am hungry i did not eat", normalizer.normalize("im hungry i didnt eat"));
  }

  @Test
  void normalize_removesAccentsAndCase() {
    assertEquals("ou est la securite sociale", normalizer.normalize("OÙ EST LA SÉCURITÉ SOCIALE"));
  }

  @Test
  void normalize_collapsesRunsOfThreeOrMoreLetters() {
    assertEquals("svp je mennuie", normalizer.normalize("svppppp je mennuiiiiie"));
    assertEquals("appelle", normalizer.normalize("appelle"));
  }

  @Test
  void normalize_keepsDigitRunsAndSplitsThemFromLetters() {
    assertEquals("appeler le 115 a 18 h 30", normalizer.normalize("appeler le 115 a 18h30"));
    assertEquals("demain", normalizer.normalize("dem1"));
  }

  @Test
  void normalize_keepsCvAsCurriculumVitae() {
    assertEquals("faire un cv", normalizer.normalize("faire un CV"));
  }

  @Test
  void normalize_keepsArabicAndCyrillicLetters() {
    assertEquals(List.of("مرحبا", "привіт"), normalizer.tokens("مرحبا! привіт"));
  }

  @Test
  void tokens_areEmptyForNullBlankOrPunctuation() {
    assertEquals(List.of(), normalizer.tokens(null));
    assertEquals(List.of(), normalizer.tokens("   "));
    assertEquals(List.of(), normalizer.tokens("?!..."));
  }
}
