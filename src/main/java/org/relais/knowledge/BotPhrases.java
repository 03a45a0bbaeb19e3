package org.relais.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The bot's own sentences (greeting, handover, waiting...) in the kiosk languages, from {@code
 * knowledge/phrases.yml}. Parameters are written {@code {name}}.
 */
public final class BotPhrases {
  public static final String RESOURCE = "/knowledge/phrases.yml";
  private final Map<String, Map<String, String>> phrases;

  private BotPhrases(Map<String, Map<String, String>> phrases) {
    this.phrases = phrases;
  }

  public static BotPhrases bundled() {
    return read(KnowledgeFile.resource(RESOURCE));
  }

  @SuppressWarnings("unchecked")
  public static BotPhrases read(InputStream yaml) {
    try (yaml) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
      Map<String, Map<String, String>> phrases = new HashMap<>();
      ((Map<String, Object>) root.get("phrases")).forEach((key, value) -> add(key, value, phrases));
      return new BotPhrases(phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Nested keys ({@code escalate_yes_no_buttons: {yes: {...}}}) become {@code parent.child}. */
  @SuppressWarnings("unchecked")
  private static void add(String key, Object value, Map<String, Map<String, String>> phrases) {
    Map<String, Object> children = (Map<String, Object>) value;
    if (children.values().stream().anyMatch(Map.class::isInstance)) {
      children.forEach((child, nested) -> add(key + "." + child, nested, phrases));
      return;
    }
    Map<String, String> byLanguage = new HashMap<>();
    children.forEach((language, text) -> byLanguage.put(language, String.valueOf(text)));
    phrases.put(key, byLanguage);
  }

  /** The phrase in the language, or in French when it has no translation. */
  public String get(Phrase phrase, String language, Map<String, String> parameters) {
    Map<String, String> byLanguage = phrases.getOrDefault(phrase.key(), Map.of());
    String text = byLanguage.getOrDefault(language, byLanguage.get(Knowledge.FALLBACK_LANGUAGE));
    if (text == null) {
      throw new IllegalStateException("phrase " + phrase.key() + " is missing from " + RESOURCE);
    }
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      text = text.replace("{" + parameter.getKey() + "}", parameter.getValue());
    }
    return text.strip();
  }

  public String get(Phrase phrase, String language) {
    return get(phrase, language, Map.of());
  }

  /** Whether the phrase exists in that language (not just through the French fallback). */
  public boolean has(Phrase phrase, String language) {
    return phrases.getOrDefault(phrase.key(), Map.of()).containsKey(language);
  }
}
