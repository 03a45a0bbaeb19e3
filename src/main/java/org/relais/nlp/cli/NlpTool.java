package org.relais.nlp.cli;

/** Command-line entry point of {@code relais-nlp.jar}: train, evaluate and classify. */
public final class NlpTool {
  private NlpTool() {}

  public static void main(String[] args) {
    System.out.println("usage: java -jar relais-nlp.jar (train|evaluate|classify) [options]");
    System.exit(args.length == 1 && "--help".equals(args[0]) ? 0 : 2);
  }
}
