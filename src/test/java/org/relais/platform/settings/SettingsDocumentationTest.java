package org.relais.platform.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's settings table is the catalog, so the documentation cannot drift from the code. */
class SettingsDocumentationTest {
  private static final String START = "<!-- settings-table:";
  private static final String END = "<!-- end settings-table -->";

  @Test
  void readmeTable_listsEverySetting_exactlyAsTheCatalogDefinesIt() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf('\n', readme.indexOf(START)) + 1;
    List<String> documented = readme.substring(start, readme.indexOf(END)).lines().skip(2).toList();
    assertEquals(expectedRows(), documented);
  }

  /** Prints the rows to paste into the README when a setting changes. */
  public static void main(String[] args) {
    expectedRows().forEach(System.out::println);
  }

  /** The rows as they should read. */
  static List<String> expectedRows() {
    return Arrays.stream(Setting.values())
        .map(
            s ->
                "| `"
                    + s.environmentName()
                    + "` | `"
                    + s.propertyName()
                    + "` | "
                    + (s.defaultValue().isEmpty() ? "(empty)" : "`" + s.defaultValue() + "`")
                    + " | "
                    + s.type().accepted()
                    + " | "
                    + s.description()
                    + " |")
        .toList();
  }
}
