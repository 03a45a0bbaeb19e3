package org.relais.nlp.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.nlp.LabelledText;

class CorpusReaderTest {

  @TempDir Path directory;

  @Test
  void read_parsesRfc4180Csv() throws Exception {
    List<LabelledText> examples =
        read(
            "corpus.csv",
            "text,intent\r\n"
                + "\"je cherche, une douche\",douche_hygiene\r\n"
                + "\"il a dit \"\"stop\"\"\",violences\r\n"
                + "\"deux\nlignes\",laverie\r\n"
                + "\r\n"
                + "c ouvert ?,horaires_ouverture\r\n");
    assertEquals(
        List.of(
            new LabelledText("je cherche, une douche", "douche_hygiene"),
            new LabelledText("il a dit \"stop\"", "violences"),
            new LabelledText("deux\nlignes", "laverie"),
            new LabelledText("c ouvert ?", "horaires_ouverture")),
        examples);
  }

  @Test
  void read_acceptsLabelOrCategoryAsTheIntentColumnInAnyOrder() throws Exception {
    assertEquals(
        List.of(new LabelledText("card lost", "lost_card")),
        read("b77.csv", "text,category\ncard lost,lost_card\n"));
    assertEquals(
        List.of(new LabelledText("card lost", "lost_card")),
        read("b77.csv", "Label,Text\nlost_card,card lost\n"));
  }

  @Test
  void read_skipsAByteOrderMark() throws Exception {
    assertEquals(1, read("bom.csv", "\uFEFFtext,intent\nbonjour,oos\n").size());
  }

  @Test
  void read_rejectsCsvWithoutHeader() {
    assertProblem("nohead.csv", "bonjour,oos\nmerci,oos\n", 1, "missing header");
  }

  @Test
  void read_rejectsAnEmptyFile() {
    assertProblem("empty.csv", "", 0, "missing header");
  }

  @Test
  void read_rejectsAnUnknownColumn() {
    assertProblem(
        "extra.csv", "text,intent,language\nbonjour,oos,fr\n", 1, "unknown column \"language\"");
  }

  @Test
  void read_rejectsAMissingIntentColumn() {
    assertProblem("half.csv", "text\nbonjour\n", 1, "missing header column intent");
  }

  @Test
  void read_rejectsEmptyTextWithItsLine() {
    assertProblem("blank.csv", "text,intent\nbonjour,oos\n  ,laverie\n", 3, "empty text");
  }

  @Test
  void read_rejectsAnEmptyIntent() {
    assertProblem("nolabel.csv", "text,intent\nbonjour,\n", 2, "empty intent");
  }

  @Test
  void read_rejectsARowWithTooManyFields() {
    assertProblem(
        "commas.csv",
        "text,intent\nje veux, une douche,douche_hygiene\n",
        2,
        "expected 2 fields, found 3");
  }

  @Test
  void read_rejectsAnUnclosedQuoteAtTheLineItOpens() {
    assertProblem(
        "quote.csv", "text,intent\nok,oos\n\"jamais ferme,oos\nsuite,oos\n", 3, "never closed");
  }

  @Test
  void read_rejectsAHeaderOnlyFile() {
    assertProblem("header.csv", "text,intent\n", 0, "no examples");
  }

  @Test
  void read_parsesRasaYamlWithEntitiesAndSkippedItems() throws Exception {
    List<LabelledText> examples =
        read(
            "nlu.yml",
            """
            version: "3.1"
            nlu:
            - intent: adresse_acces
              examples: |
                - vous etes ou
                - je suis a [Paris](city) kel bus

            - synonym: cni
              examples: |
                - carte d'identité
            - intent: oos
              examples: |
                - raconte une blague
            """);
    assertEquals(
        List.of(
            new LabelledText("vous etes ou", "adresse_acces"),
            new LabelledText("je suis a Paris kel bus", "adresse_acces"),
            new LabelledText("raconte une blague", "oos")),
        examples);
  }

  @Test
  void read_reportsBadYamlWithItsLine() {
    assertProblem(
        "bad.yml", "nlu:\n- intent: x\n  examples: |\n    - a\n  - broken: [\n", 5, "bad YAML");
  }

  @Test
  void read_rejectsYamlWithoutNlu() {
    assertProblem("nonlu.yml", "version: \"3.1\"\n", 1, "no nlu");
  }

  @Test
  void read_rejectsAnUnknownYamlKey() {
    assertProblem(
        "key.yml", "nlu:\n- intent: x\n  exemples: |\n    - a\n", 3, "unknown key \"exemples\"");
  }

  @Test
  void read_rejectsAnExampleLineWithoutDashAtItsLine() {
    assertProblem(
        "dash.yml",
        "nlu:\n- intent: x\n  examples: |\n    - bonjour\n    salut\n",
        5,
        "must start with \"- \"");
  }

  @Test
  void read_rejectsAnEmptyYamlExampleAtItsLine() {
    assertProblem(
        "emptyex.yml", "nlu:\n- intent: x\n  examples: |\n    - bonjour\n    -\n", 5, "empty text");
  }

  @Test
  void read_rejectsAMissingFile() {
    CorpusException problem =
        assertThrows(
            CorpusException.class, () -> CorpusReader.read(directory.resolve("absent.yml")));
    assertTrue(
        problem.getMessage().contains("absent.yml: cannot read: no such file"),
        problem.getMessage());
  }

  @Test
  void read_rejectsADirectory() {
    CorpusException problem =
        assertThrows(CorpusException.class, () -> CorpusReader.read(directory));
    assertTrue(problem.getMessage().contains("cannot read"), problem.getMessage());
  }

  @Test
  void read_rejectsTextThatIsNotUtf8AtItsLine() throws IOException {
    Path file = directory.resolve("latin1.csv");
    byte[] head = "text,intent\nbonjour,oos\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "caf\u00e9,oos\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] content = new byte[head.length + bad.length];
    System.arraycopy(head, 0, content, 0, head.length);
    System.arraycopy(bad, 0, content, head.length, bad.length);
    Files.write(file, content);
    CorpusException problem = assertThrows(CorpusException.class, () -> CorpusReader.read(file));
    assertEquals(3, problem.line());
    assertTrue(problem.getMessage().contains("not UTF-8"), problem.getMessage());
  }

  @Test
  void read_detectsYamlByContentWithoutExtension() throws Exception {
    assertEquals(1, read("corpus", "nlu:\n- intent: x\n  examples: |\n    - a\n").size());
  }

  private List<LabelledText> read(String name, String content) throws Exception {
    Path file = directory.resolve(name);
    Files.writeString(file, content);
    return CorpusReader.read(file);
  }

  private void assertProblem(String name, String content, int line, String problem) {
    CorpusException error = assertThrows(CorpusException.class, () -> read(name, content));
    assertEquals(line, error.line(), error.getMessage());
    assertTrue(error.getMessage().contains(problem), error.getMessage());
    assertTrue(error.getMessage().contains(name), error.getMessage());
  }
}
