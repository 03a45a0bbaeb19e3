package org.relais.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.relais.nlp.intent.FeatureVectorizer;
import org.relais.nlp.intent.IntentScorer;
import org.relais.nlp.intent.ModelFile;
import org.relais.nlp.intent.OutOfScopeRule;
import org.relais.nlp.intent.Ranking;
import org.relais.nlp.language.LanguageDetection;

/**
 * A trained intent model, immutable: its features, maxent weights, calibration and out-of-scope
 * rule, and the exact bytes it was read from or will be written as. Its {@link #version()} is a
 * hash of those bytes, so two models with the same version behave the same.
 */
public final class IntentModel {

  static final String FEATURE_GENERATORS = "feature_generators";
  static final String TEMPERATURE = "temperature";
  static final String OOS_LABEL = "oos_label";
  static final String OOS_THRESHOLD = "oos_threshold";

  /** Absent from models trained before it existed: they compare the confidence alone (0). */
  static final String OOS_CLASS_WEIGHT = "oos_class_weight";

  static final String SAFETY_THRESHOLD = "safety_threshold";
  static final String SAFETY_INTENTS = "safety_intents";
  static final String LANGUAGES = "languages";

  /** How many intents a prediction lists. */
  private static final int TOP_INTENTS = 5;

  private final byte[] bytes;
  private final String version;
  private final SortedMap<String, String> properties;
  private final IntentScorer scorer;
  private final OutOfScopeRule rule;
  private final Set<String> intents;

  private IntentModel(byte[] bytes, ModelFile.Contents contents) {
    this.bytes = bytes;
    this.version = hash(bytes);
    this.properties = Collections.unmodifiableSortedMap(contents.properties());
    FeatureVectorizer vectorizer =
        FeatureVectorizer.restore(
            list(required(FEATURE_GENERATORS)),
            contents.featureWeights(),
            contents.unseenFeatureWeight());
    this.scorer =
        new IntentScorer(vectorizer, contents.maxent(), Double.parseDouble(required(TEMPERATURE)));
    this.rule =
        new OutOfScopeRule(
            required(OOS_LABEL),
            Double.parseDouble(required(OOS_THRESHOLD)),
            Double.parseDouble(properties.getOrDefault(OOS_CLASS_WEIGHT, "0")),
            Double.parseDouble(required(SAFETY_THRESHOLD)),
            Set.copyOf(list(properties.getOrDefault(SAFETY_INTENTS, ""))),
            Set.copyOf(list(properties.getOrDefault(LANGUAGES, ""))));
    TreeSet<String> inScope = new TreeSet<>(scorer.outcomes());
    inScope.remove(rule.oosLabel());
    this.intents = Collections.unmodifiableSortedSet(inScope);
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}; the stream is read to its end.
   *
   * @throws IOException when the stream cannot be read or is not an intent model
   */
  public static IntentModel read(InputStream in) throws IOException {
    return fromBytes(in.readAllBytes());
  }

  static IntentModel fromBytes(byte[] bytes) throws IOException {
    ModelFile.Contents contents = ModelFile.read(bytes);
    try {
      return new IntentModel(bytes.clone(), contents);
    } catch (IllegalArgumentException e) {
      throw new IOException("intent model is inconsistent: " + e.getMessage(), e);
    }
  }

  public void write(OutputStream out) throws IOException {
    out.write(bytes);
  }

  /** The first 16 hex digits of the SHA-256 of the model's bytes. */
  public String version() {
    return version;
  }

  /** The in-scope intents it can predict, sorted. */
  public Set<String> intents() {
    return intents;
  }

  /** Languages of its training messages; a message shown to be in another one is out of scope. */
  public Set<String> languages() {
    return rule.languages();
  }

  /** How it was trained and calibrated: the properties stored in the file, sorted by name. */
  public Map<String, String> properties() {
    return properties;
  }

  public String oosLabel() {
    return rule.oosLabel();
  }

  /** Classifies normalised words whose language is already known. */
  IntentPrediction predict(List<String> words, LanguageDetection language) {
    double[] probabilities = scorer.probabilities(words.toArray(new String[0]));
    Ranking ranking =
        Ranking.of(probabilities, scorer.outcomes(), rule.oosLabel(), rule.safetyIntents());
    return rule.decide(ranking, language, TOP_INTENTS);
  }

  IntentScorer scorer() {
    return scorer;
  }

  OutOfScopeRule outOfScopeRule() {
    return rule;
  }

  private String required(String key) {
    String value = properties.get(key);
    if (value == null) {
      throw new IllegalArgumentException("property " + key + " is missing");
    }
    return value;
  }

  static List<String> list(String commaSeparated) {
    return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "IntentModel " + version + " (" + intents.size() + " intents)";
  }
}
