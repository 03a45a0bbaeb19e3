package org.relais.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.relais.nlp.language.LanguageDetection;
import org.relais.nlp.language.LanguageDetector;
import org.relais.nlp.text.TextNormalizer;

/**
 * The chat's classifier: normalises a message, tells its language, classifies it and decides
 * whether it is out of scope. Thread-safe and lock-free: every call reads the current model once,
 * and {@link #swap(IntentModel)} replaces it atomically, so calls in progress finish on the model
 * they started with and no call ever waits.
 */
public final class IntentClassifier {

  /** Where the build puts the shipped model (models/ is copied onto the class path). */
  public static final String SHIPPED_MODEL = "/models/intent-model.bin";

  private final AtomicReference<IntentModel> model;
  private final TextNormalizer normalizer = new TextNormalizer();
  private final LanguageDetector languageDetector = new LanguageDetector();

  public IntentClassifier(IntentModel model) {
    this.model = new AtomicReference<>(Objects.requireNonNull(model, "model"));
  }

  /** A classifier on the model shipped with Relais, read from the class path. */
  public static IntentClassifier withShippedModel() {
    return new IntentClassifier(shippedModel());
  }

  /** The model shipped with Relais. */
  public static IntentModel shippedModel() {
    try (InputStream in = IntentClassifier.class.getResourceAsStream(SHIPPED_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED_MODEL + " is missing from the class path");
      }
      return IntentModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped model " + SHIPPED_MODEL + " is unreadable", e);
    }
  }

  /**
   * @param text the visitor's message as typed
   * @param hint what the conversation already tells about the language; may be null
   */
  public IntentPrediction classify(String text, LanguageHint hint) {
    IntentModel current = model.get();
    LanguageDetection language = languageDetector.detect(text, hint);
    List<String> words = normalizer.tokens(text);
    return current.predict(words, language);
  }

  /** Puts {@code newModel} in service; the calls already running finish on the old one. */
  public void swap(IntentModel newModel) {
    model.set(Objects.requireNonNull(newModel, "newModel"));
  }

  public IntentModel current() {
    return model.get();
  }
}
