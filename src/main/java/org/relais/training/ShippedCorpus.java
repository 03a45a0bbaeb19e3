package org.relais.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.nlp.LabelledText;
import org.relais.nlp.corpus.CorpusException;
import org.relais.nlp.corpus.CorpusReader;

/**
 * The corpora shipped in {@code models/corpus} (on the class path): the training examples per
 * language, and the held-out test examples every build is scored on.
 */
public final class ShippedCorpus {
  /** One file per language; the class path of a WAR cannot be listed, so they are named here. */
  static final List<String> LANGUAGES = List.of("fr", "en");

  private ShippedCorpus() {}

  /** Training examples by language. */
  public static Map<String, List<LabelledText>> training() {
    Map<String, List<LabelledText>> byLanguage = new LinkedHashMap<>();
    LANGUAGES.forEach(language -> byLanguage.put(language, read("/models/corpus/" + language)));
    return byLanguage;
  }

  /** The held-out test examples of every language. */
  public static List<LabelledText> heldOut() {
    List<LabelledText> test = new ArrayList<>();
    LANGUAGES.forEach(language -> test.addAll(read("/models/corpus/test/" + language)));
    return List.copyOf(test);
  }

  private static List<LabelledText> read(String resourceWithoutExtension) {
    String resource = resourceWithoutExtension + ".yml";
    try (InputStream in = ShippedCorpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return CorpusReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " is unreadable", e);
    } catch (CorpusException e) {
      throw new IllegalStateException("the shipped corpus is broken: " + e.getMessage(), e);
    }
  }
}
