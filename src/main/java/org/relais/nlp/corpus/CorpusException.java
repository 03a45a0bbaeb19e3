package org.relais.nlp.corpus;

/** A corpus file that cannot be used, with the file and line to fix. */
public final class CorpusException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * @param file the file as the user named it
   * @param line 1-based line number, or 0 when the problem is not on one line
   */
  public CorpusException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** 1-based; 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
