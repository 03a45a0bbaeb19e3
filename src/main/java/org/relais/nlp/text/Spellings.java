package org.relais.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SMS, phonetic and short spellings ("chui", "kel", "pole emploi") and the words that replace them,
 * read from {@code spellings.tsv} beside this class. A spelling may span several words; the longest
 * match wins and replacements are not rewritten again.
 */
public final class Spellings {

  private static final String RESOURCE = "spellings.tsv";
  private static volatile Spellings standard;

  private final Map<String, List<String>> replacements;
  private final int longestSpelling;

  /**
   * The first words of the spellings of two words or more: only at such a word can a longer
   * spelling start, so that the other words of a message need no joined candidates.
   */
  private final Set<String> firstWordsOfLongerSpellings;

  Spellings(Map<String, List<String>> replacements) {
    // A HashMap, not Map.copyOf, whose linear probing is slower on string keys; never modified.
    this.replacements = new HashMap<>(replacements);
    this.longestSpelling =
        replacements.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    this.firstWordsOfLongerSpellings = new HashSet<>();
    for (String spelling : replacements.keySet()) {
      int space = spelling.indexOf(' ');
      if (space > 0) {
        firstWordsOfLongerSpellings.add(spelling.substring(0, space));
      }
    }
  }

  /** The table shipped with Relais. */
  public static Spellings standard() {
    Spellings loaded = standard;
    if (loaded == null) {
      try (InputStream in = Spellings.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        loaded = parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      standard = loaded;
    }
    return loaded;
  }

  static Spellings parse(InputStream in) throws IOException {
    Map<String, List<String>> table = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
        throw new IllegalStateException(
            RESOURCE + ":" + lineNumber + ": expected spelling<TAB>words");
      }
      table.put(columns[0].strip(), Arrays.asList(columns[1].strip().split(" ")));
    }
    return new Spellings(table);
  }

  /** Whether {@code word} alone is a spelling of this table. */
  boolean isSpelling(String word) {
    return replacements.containsKey(word);
  }

  /** The words with every spelling replaced, longest spelling first. */
  List<String> apply(List<String> words) {
    List<String> out = new ArrayList<>(words.size() + 4);
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      int longest =
          firstWordsOfLongerSpellings.contains(words.get(i))
              ? Math.min(longestSpelling, words.size() - i)
              : 1;
      for (int n = longest; n >= 1 && matched == 0; n--) {
        List<String> replacement = replacements.get(join(words, i, n));
        if (replacement != null) {
          out.addAll(replacement);
          matched = n;
        }
      }
      if (matched == 0) {
        out.add(words.get(i));
        matched = 1;
      }
      i += matched;
    }
    return out;
  }

  private static String join(List<String> words, int from, int count) {
    if (count == 1) {
      return words.get(from);
    }
    return String.join(" ", words.subList(from, from + count));
  }
}
