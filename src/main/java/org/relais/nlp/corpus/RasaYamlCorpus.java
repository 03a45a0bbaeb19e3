package org.relais.nlp.corpus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.relais.nlp.LabelledText;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Rasa NLU YAML corpora: {@code nlu:} holds items {@code - intent: id} with {@code examples: |} and
 * one {@code - message} per line. Entity annotations ({@code [Paris](city)}) keep their text;
 * {@code synonym}, {@code regex} and {@code lookup} items are skipped (Relais has no entities).
 * Read as a node tree so that every error points at its line.
 */
final class RasaYamlCorpus {

  private static final Set<String> TOP_LEVEL_KEYS = Set.of("version", "nlu");
  private static final Set<String> SKIPPED_ITEMS = Set.of("synonym", "regex", "lookup");
  private static final Set<String> ITEM_KEYS = Set.of("intent", "examples", "metadata");
  private static final Pattern ENTITY = Pattern.compile("\\[([^\\]]*)\\](\\([^)]*\\)|\\{[^}]*\\})");

  private final String file;

  private RasaYamlCorpus(String file) {
    this.file = file;
  }

  static List<LabelledText> parse(String file, String content) throws CorpusException {
    return new RasaYamlCorpus(file).examples(compose(file, content));
  }

  private static Node compose(String file, String content) throws CorpusException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    try {
      return new Yaml(options).compose(new StringReader(content));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new CorpusException(file, line, "bad YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new CorpusException(file, 0, "bad YAML: " + e.getMessage());
    }
  }

  private List<LabelledText> examples(Node root) throws CorpusException {
    if (!(root instanceof MappingNode mapping)) {
      throw new CorpusException(
          file, root == null ? 0 : lineOf(root), "expected a mapping with nlu:");
    }
    SequenceNode nlu = null;
    for (NodeTuple entry : mapping.getValue()) {
      String key = keyOf(entry);
      if (!TOP_LEVEL_KEYS.contains(key)) {
        throw new CorpusException(
            file,
            lineOf(entry.getKeyNode()),
            "unknown key \"" + key + "\" (expected version and nlu)");
      }
      if (key.equals("nlu")) {
        if (!(entry.getValueNode() instanceof SequenceNode items)) {
          throw new CorpusException(
              file, lineOf(entry.getValueNode()), "nlu: must be a list of intents");
        }
        nlu = items;
      }
    }
    if (nlu == null) {
      throw new CorpusException(file, lineOf(root), "no nlu: section");
    }
    List<LabelledText> examples = new ArrayList<>();
    for (Node item : nlu.getValue()) {
      readItem(item, examples);
    }
    return examples;
  }

  private void readItem(Node item, List<LabelledText> examples) throws CorpusException {
    if (!(item instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
      throw new CorpusException(file, lineOf(item), "expected \"- intent: id\" with examples");
    }
    String firstKey = keyOf(mapping.getValue().get(0));
    if (SKIPPED_ITEMS.contains(firstKey)) {
      return;
    }
    String intent = null;
    ScalarNode block = null;
    for (NodeTuple entry : mapping.getValue()) {
      String key = keyOf(entry);
      if (!ITEM_KEYS.contains(key)) {
        throw new CorpusException(
            file,
            lineOf(entry.getKeyNode()),
            "unknown key \"" + key + "\" (expected intent and examples)");
      }
      if (key.equals("intent")) {
        intent = scalar(entry.getValueNode(), "intent").strip();
      } else if (key.equals("examples")) {
        block = scalarNode(entry.getValueNode(), "examples");
      }
    }
    if (intent == null || intent.isEmpty()) {
      throw new CorpusException(file, lineOf(item), "missing intent name");
    }
    if (block == null) {
      throw new CorpusException(file, lineOf(item), "intent " + intent + " has no examples");
    }
    readExamples(intent, block, examples);
  }

  private void readExamples(String intent, ScalarNode block, List<LabelledText> examples)
      throws CorpusException {
    boolean blockStyle =
        block.getScalarStyle() == ScalarStyle.LITERAL
            || block.getScalarStyle() == ScalarStyle.FOLDED;
    // A block scalar's content starts on the line after its "|".
    int firstLine = lineOf(block) + (blockStyle ? 1 : 0);
    String[] lines = block.getValue().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNumber = blockStyle ? firstLine + i : firstLine;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("-")) {
        throw new CorpusException(file, lineNumber, "an example must start with \"- \"");
      }
      String text = ENTITY.matcher(line.substring(1).strip()).replaceAll("$1").strip();
      if (text.isEmpty()) {
        throw new CorpusException(file, lineNumber, "empty text");
      }
      examples.add(new LabelledText(text, intent));
    }
  }

  private String keyOf(NodeTuple entry) throws CorpusException {
    return scalar(entry.getKeyNode(), "key");
  }

  private String scalar(Node node, String what) throws CorpusException {
    return scalarNode(node, what).getValue();
  }

  private ScalarNode scalarNode(Node node, String what) throws CorpusException {
    if (node instanceof ScalarNode scalar) {
      return scalar;
    }
    throw new CorpusException(file, lineOf(node), what + " must be text");
  }

  private static int lineOf(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
