package org.relais.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the seed files of the knowledge base: {@code knowledge/intents.yml} (intents and answers,
 * schema in docs/knowledge.md) and {@code knowledge/center.yml} (the center's details).
 */
public final class KnowledgeFile {
  public static final String INTENTS = "/knowledge/intents.yml";
  public static final String CENTER = "/knowledge/center.yml";

  private KnowledgeFile() {}

  public static List<IntentKnowledge> readIntents(InputStream yaml) {
    Map<String, Object> root = load(yaml);
    List<IntentKnowledge> intents = new ArrayList<>();
    for (Object item : list(root.get("intents"))) {
      intents.add(intent(map(item)));
    }
    return intents;
  }

  public static Map<String, String> readCenterDetails(InputStream yaml) {
    Map<String, String> details = new LinkedHashMap<>();
    map(load(yaml).get("placeholders"))
        .forEach((name, value) -> details.put(name, value == null ? "" : value.toString()));
    return details;
  }

  /**
   * The details' values in other languages than French ({@code translations:} of center.yml), by
   * language then name.
   */
  public static Map<String, Map<String, String>> readCenterTranslations(InputStream yaml) {
    Map<String, Map<String, String>> translations = new LinkedHashMap<>();
    map(load(yaml).get("translations"))
        .forEach(
            (language, values) -> {
              Map<String, String> byName = new LinkedHashMap<>();
              map(values).forEach((name, value) -> byName.put(name, text(value)));
              translations.put(language, byName);
            });
    return translations;
  }

  /** Reads a bundled seed file from the class path. */
  public static InputStream resource(String path) {
    InputStream in = KnowledgeFile.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(path + " is missing from the class path");
    }
    return in;
  }

  private static IntentKnowledge intent(Map<String, Object> yaml) {
    String id = (String) yaml.get("id");
    Map<String, Object> escalateIf = map(yaml.getOrDefault("escalate_if", Map.of()));
    Map<String, Object> emergency = map(yaml.getOrDefault("emergency", Map.of()));
    Map<String, Object> labels = map(yaml.getOrDefault("label", Map.of()));
    Map<String, Object> answers = map(yaml.getOrDefault("answer", Map.of()));
    Map<String, Object> questions = map(escalateIf.getOrDefault("question", Map.of()));
    Map<String, Object> keywords = map(escalateIf.getOrDefault("keywords", Map.of()));
    Map<String, Object> emergencyLabels = map(emergency.getOrDefault("label", Map.of()));
    List<String> sources = strings(yaml.getOrDefault("sources", List.of()));
    LocalDate lastVerified = date(yaml.get("last_verified"));

    Map<String, Wording> wordings = new HashMap<>();
    for (String language : languages(labels, answers, questions, keywords, emergencyLabels)) {
      wordings.put(
          language,
          new Wording(
              text(labels.get(language)),
              text(answers.get(language)),
              text(questions.get(language)),
              strings(keywords.getOrDefault(language, List.of())),
              text(emergencyLabels.get(language)),
              sources,
              lastVerified));
    }
    return new IntentKnowledge(
        id,
        (String) yaml.getOrDefault("section", ""),
        Handover.valueOf(((String) yaml.getOrDefault("handover", "none")).toUpperCase()),
        text(escalateIf.get("condition")),
        !"no".equals(String.valueOf(escalateIf.getOrDefault("escalate_on", "yes"))),
        emergency.get("number") == null ? null : emergency.get("number").toString(),
        strings(yaml.getOrDefault("quick_replies", List.of())),
        wordings);
  }

  @SafeVarargs
  private static List<String> languages(Map<String, Object>... byLanguage) {
    List<String> languages = new ArrayList<>();
    for (Map<String, Object> map : byLanguage) {
      map.keySet().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
    }
    return languages;
  }

  private static Map<String, Object> load(InputStream in) {
    try (in) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return map(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static List<String> strings(Object value) {
    return list(value).stream().map(String::valueOf).toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  private static LocalDate date(Object value) {
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    return value == null ? null : LocalDate.parse(value.toString());
  }
}
