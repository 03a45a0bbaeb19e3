package org.relais.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's main, run in-process on small corpora: commands, output shape, bad input. */
class NlpToolTest {

  @TempDir static Path shared;
  @TempDir Path directory;

  private static Path trainCsv;
  private static Path testCsv;
  private static Path model;

  private String stdout;
  private String stderr;

  @BeforeAll
  static void trainOnce() throws IOException {
    trainCsv = shared.resolve("train.csv");
    Files.writeString(trainCsv, corpus(0, 10));
    testCsv = shared.resolve("test.csv");
    Files.writeString(testCsv, corpus(10, 3));
    model = shared.resolve("model.bin");
    NlpToolTest tool = new NlpToolTest();
    assertEquals(
        0,
        tool.run("", "train", "--data", trainCsv.toString(), "--out", model.toString()),
        () -> tool.stderr);
  }

  /** Three routine intents and out-of-scope chat, each phrasing numbered so none repeats. */
  private static String corpus(int from, int count) {
    StringBuilder csv = new StringBuilder("text,intent\n");
    for (int i = from; i < from + count; i++) {
      csv.append("ou prendre une douche chaude ").append(i).append(",douche_hygiene\n");
      csv.append("je veux laver mon linge machine ").append(i).append(",laverie\n");
      csv.append("\"c koi les horaires, c ouvert quand ")
          .append(i)
          .append("\",horaires_ouverture\n");
      csv.append("quel temps fera t il demain soleil ").append(i).append(",oos\n");
      csv.append("raconte moi une blague drole ").append(i).append(",oos\n");
    }
    return csv.toString();
  }

  @Test
  void train_writesTheModelAndItsMetricsBesideIt() throws IOException {
    assertTrue(Files.size(model) > 0);
    String metrics = Files.readString(shared.resolve("model.metrics.json"));
    assertTrue(metrics.contains("\"oos_threshold\""), metrics);
    assertTrue(metrics.contains("\"training_messages\": \"50\""), metrics);
  }

  @Test
  void train_isReproducible() throws IOException {
    Path again = directory.resolve("again.bin");
    assertEquals(0, run("", "train", "--data", trainCsv.toString(), "--out", again.toString()));
    assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(again));
  }

  @Test
  void evaluate_printsPerIntentScoresAndEndsWithOneJsonLine() {
    assertEquals(
        0, run("", "evaluate", "--train", trainCsv.toString(), "--test", testCsv.toString()));
    assertTrue(stdout.contains("laverie"), stdout);
    assertTrue(stdout.toLowerCase().contains("confus"), stdout);
    String last = lastLine(stdout);
    for (String key :
        List.of(
            "in_scope_accuracy",
            "oos_recall",
            "oos_precision",
            "macro_f1",
            "n_test",
            "train_seconds")) {
      assertTrue(last.contains("\"" + key + "\":"), key + " missing from " + last);
    }
    assertTrue(last.startsWith("{") && last.endsWith("}"), last);
    assertTrue(last.contains("\"n_test\":15"), last);
  }

  @Test
  void evaluate_withASavedModel_givesTheSameScoresAsTrainingAgain() {
    assertEquals(0, run("", "evaluate", "--model", model.toString(), "--test", testCsv.toString()));
    String fromModel = withoutTimes(lastLine(stdout));
    assertEquals(
        0, run("", "evaluate", "--train", trainCsv.toString(), "--test", testCsv.toString()));
    assertEquals(fromModel, withoutTimes(lastLine(stdout)));
  }

  @Test
  void classify_printsOneJsonObjectPerInputLine() {
    assertEquals(
        0,
        run(
            "ou prendre une douche\nquel temps demain soleil\n",
            "classify",
            "--model",
            model.toString()));
    List<String> lines = stdout.lines().toList();
    assertEquals(2, lines.size(), stdout);
    assertTrue(lines.get(0).contains("\"intent\":\"douche_hygiene\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"out_of_scope\":true"), lines.get(1));
    assertTrue(lines.get(1).contains("\"intent\":\"oos\""), lines.get(1));
  }

  @Test
  void classify_withoutModel_usesTheShippedModel() {
    assertEquals(0, run("jai besoin dune douche\n", "classify"));
    assertTrue(stdout.contains("\"intent\":\"douche_hygiene\""), stdout);
  }

  @Test
  void oosLabel_namesTheOutOfScopeLabelOfTheFiles() throws IOException {
    Path data = directory.resolve("other.csv");
    Files.writeString(data, corpus(0, 10).replace(",oos\n", ",hors_sujet\n"));
    Path out = directory.resolve("m.bin");
    assertEquals(
        0,
        run(
            "",
            "train",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--oos-label",
            "hors_sujet"));
    assertEquals(
        0,
        run(
            "quel temps demain soleil\n",
            "classify",
            "--model",
            out.toString(),
            "--oos-label",
            "hors_sujet"));
    assertTrue(stdout.contains("\"intent\":\"hors_sujet\""), stdout);
  }

  @Test
  void help_printsUsage() {
    assertEquals(0, run("", "--help"));
    assertTrue(stdout.contains("train --data FILE"), stdout);
  }

  @Test
  void unreadableFile_isBadInputNamingTheFile() {
    Path missing = directory.resolve("missing.csv");
    assertBadInput(missing + ": ", "train", "--data", missing.toString());
  }

  @Test
  void csvWithoutHeader_isBadInputNamingFileAndLine() throws IOException {
    Path file = write("nohead.csv", "bonjour,oos\nmerci,oos\n");
    assertBadInput(
        file + ":1: ", "evaluate", "--model", model.toString(), "--test", file.toString());
  }

  @Test
  void emptyText_isBadInputNamingFileAndLine() throws IOException {
    Path file = write("empty.csv", corpus(0, 2) + "\" \",laverie\n");
    assertBadInput(file + ":12: ", "train", "--data", file.toString());
  }

  @Test
  void unknownColumn_isBadInputNamingFileAndLine() throws IOException {
    Path file = write("column.csv", "text,intent,mood\nbonjour,oos,happy\n");
    assertBadInput(file + ":1: ", "train", "--data", file.toString());
  }

  @Test
  void badYaml_isBadInputNamingFileAndLine() throws IOException {
    Path file = write("bad.yml", "nlu:\n- intent: laverie\n  examples: |\n    - laver\n  - : [\n");
    assertBadInput(file + ":", "train", "--data", file.toString());
    assertTrue(stderr.matches("(?s).*bad\\.yml:\\d+: .*"), stderr);
  }

  @Test
  void badInput_writesNothingAndLeavesAnExistingModelAsItWas() throws IOException {
    Path out = directory.resolve("kept.bin");
    Files.copy(model, out);
    Path file = write("empty.csv", corpus(0, 2) + ",laverie\n");
    assertEquals(2, run("", "train", "--data", file.toString(), "--out", out.toString()));
    assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(out));
    try (Stream<Path> files = Files.list(directory)) {
      assertEquals(
          List.of("empty.csv", "kept.bin"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void unknownOptionOrCommand_isBadInput() {
    assertEquals(2, run("", "train", "--date", "x.csv"));
    assertTrue(stderr.contains("unknown option --date"), stderr);
    assertEquals(2, run("", "predict"));
    assertTrue(stderr.contains("unknown command predict"), stderr);
    assertEquals(2, run("", "evaluate", "--model", model.toString()));
    assertTrue(stderr.contains("--test"), stderr);
  }

  @Test
  void modelThatIsNotAModel_isBadInputNamingTheFile() throws IOException {
    Path file = write("fake.bin", "not a model");
    assertBadInput(file + ": ", "classify", "--model", file.toString());
  }

  private void assertBadInput(String messageStart, String... args) {
    assertEquals(2, run("", args), stderr);
    assertTrue(stderr.startsWith("relais-nlp: " + messageStart), stderr);
    assertEquals(1, stderr.lines().count(), stderr);
    assertFalse(stdout.contains("{"), stdout);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content);
  }

  private int run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        NlpTool.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    stdout = out.toString(StandardCharsets.UTF_8);
    stderr = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static String withoutTimes(String json) {
    return json.replaceAll("\"train_seconds\":[0-9.Ee-]+,?", "");
  }
}
