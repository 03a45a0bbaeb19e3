package org.relais.nlp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command and its options ({@code --name value}; some options may repeat). */
final class Arguments {

  private final String command;
  private final Map<String, List<String>> options;

  private Arguments(String command, Map<String, List<String>> options) {
    this.command = command;
    this.options = options;
  }

  /**
   * @param allowed options each command accepts, by command name
   * @param repeatable options that may be given more than once
   */
  static Arguments parse(String[] args, Map<String, Set<String>> allowed, Set<String> repeatable)
      throws BadInputException {
    if (args.length == 0) {
      throw new BadInputException("missing command: train, evaluate or classify (see --help)");
    }
    String command = args[0];
    Set<String> accepted = allowed.get(command);
    if (accepted == null) {
      String problem = command.startsWith("--") ? "unknown option " : "unknown command ";
      throw new BadInputException(problem + command + " (see --help)");
    }
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String name = args[i];
      if (!accepted.contains(name)) {
        throw new BadInputException("unknown option " + name + " for " + command + " (see --help)");
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new BadInputException("option " + name + " needs a value");
      }
      List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
      if (!values.isEmpty() && !repeatable.contains(name)) {
        throw new BadInputException("option " + name + " is given twice");
      }
      values.add(args[++i]);
    }
    return new Arguments(command, options);
  }

  String command() {
    return command;
  }

  boolean has(String option) {
    return options.containsKey(option);
  }

  /** The option's single value, or {@code fallback} when absent. */
  String value(String option, String fallback) {
    List<String> values = options.get(option);
    return values == null ? fallback : values.get(0);
  }

  List<String> values(String option) {
    return options.getOrDefault(option, List.of());
  }

  String required(String option) throws BadInputException {
    if (!has(option)) {
      throw new BadInputException(command + " needs " + option + " (see --help)");
    }
    return value(option, null);
  }
}
