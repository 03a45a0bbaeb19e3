package org.relais.nlp.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusReader;

class BestLanguageOfModelTest {

  private static LanguageDetectorModel model;

  @BeforeAll
  static void loadModel() throws Exception {
    try (InputStream in =
        BestLanguageOfModelTest.class.getResourceAsStream("/langdetect-183.bin")) {
      model = new LanguageDetectorModel(in);
    }
  }

  @Test
  void bestLanguage_isWhatOpenNlpPredicts_onEveryCorpusMessageAndOtherLanguages() throws Exception {
    List<String> messages = new ArrayList<>();
    for (String file :
        List.of(
            "models/corpus/fr.yml",
            "models/corpus/en.yml",
            "models/corpus/test/fr.yml",
            "models/corpus/test/en.yml")) {
      for (LabelledText example : CorpusReader.read(Path.of(file))) {
        messages.add(example.text());
      }
    }
    messages.addAll(
        List.of(
            "",
            "   ",
            "\uD83D\uDE00\uD83D\uDE00 http://example.org @someone #tag 1234",
            "necesito un medico para mi hijo por favor",
            "ich brauche einen Arzt und eine Dusche bitte",
            "preciso de ajuda para encontrar um abrigo esta noite",
            "ho bisogno di un posto per dormire stanotte",
            "mi serve aiuto",
            "أريد أن أتكلم مع طبيب من فضلك",
            "мне нужна помощь с документами",
            "ÇA VA PAS DU TOUT JE SUIS À LA RUE DEPUIS 3 JOURS"));
    LanguageDetectorME openNlp = new LanguageDetectorME(model);
    BestLanguageOfModel fast = new BestLanguageOfModel(model);
    for (String message : messages) {
      assertEquals(
          openNlp.predictLanguage(message).getLang(),
          fast.bestLanguage(message),
          () -> "\"" + message + "\"");
    }
  }
}
