package org.relais.nlp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.relais.nlp.IntentClassifier;
import org.relais.nlp.IntentModel;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusException;
import org.relais.nlp.corpus.CorpusReader;

/**
 * Reads the tool's input files, turning every problem into a one-line {@link BadInputException}.
 */
final class Corpora {

  private Corpora() {}

  static List<LabelledText> read(List<String> files) throws BadInputException {
    List<LabelledText> examples = new ArrayList<>();
    for (String file : files) {
      try {
        examples.addAll(CorpusReader.read(Path.of(file)));
      } catch (CorpusException e) {
        throw new BadInputException(e.getMessage(), e);
      }
    }
    return examples;
  }

  static IntentModel readModel(String file) throws BadInputException {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(file + ": cannot read: no such file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return IntentModel.read(in);
    } catch (IOException e) {
      throw new BadInputException(file + ": " + e.getMessage(), e);
    }
  }

  /** The model given by --model, else the one shipped with Relais. */
  static IntentModel modelOrShipped(Arguments arguments) throws BadInputException {
    return arguments.has("--model")
        ? readModel(arguments.value("--model", null))
        : IntentClassifier.shippedModel();
  }
}
