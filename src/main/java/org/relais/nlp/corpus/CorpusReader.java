package org.relais.nlp.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.relais.nlp.LabelledText;

/**
 * Reads labelled messages from a CSV file (header {@code text,intent}; {@code label} or {@code
 * category} also name the intent column) or a Rasa NLU YAML file ({@code nlu:} / {@code - intent:}
 * / {@code examples: |}). The format follows the extension (.csv, .yml, .yaml), else the content.
 * Every problem is reported with its file and line.
 */
public final class CorpusReader {

  private CorpusReader() {}

  /** The examples of {@code file}, in file order. */
  public static List<LabelledText> read(Path file) throws CorpusException {
    return read(file.toString(), readUtf8(file));
  }

  /**
   * The examples of a corpus already in memory.
   *
   * @param name how errors name it: the file name, ideally with its extension
   */
  public static List<LabelledText> read(String name, String content) throws CorpusException {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    List<LabelledText> examples =
        isYaml(name, text) ? RasaYamlCorpus.parse(name, text) : CsvCorpus.parse(name, text);
    if (examples.isEmpty()) {
      throw new CorpusException(name, 0, "no examples");
    }
    return examples;
  }

  private static boolean isYaml(String name, String content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
      return true;
    }
    if (lower.endsWith(".csv")) {
      return false;
    }
    for (String line : content.split("\n", 50)) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return trimmed.startsWith("nlu:") || trimmed.startsWith("version:");
      }
    }
    return false;
  }

  private static String readUtf8(Path file) throws CorpusException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CorpusException(file.toString(), 0, "cannot read: no such file");
    } catch (IOException e) {
      String reason =
          Files.isDirectory(file) ? "it is a directory" : String.valueOf(e.getMessage());
      throw new CorpusException(file.toString(), 0, "cannot read: " + reason);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (CharacterCodingException e) {
      throw new CorpusException(
          file.toString(), lineAt(bytes, buffer.position()), "not UTF-8 text (save it as UTF-8)");
    }
  }

  /** The 1-based line of a byte offset. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, bytes.length); i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }
}
