package org.relais.training;

import java.util.List;
import java.util.Locale;

/**
 * Draws a confusion matrix as an SVG heat map: one row per true label, one column per prediction,
 * each cell shaded by its share of the row (so small intents show as clearly as large ones). SVG
 * rather than a PNG: the browser draws the labels, so the server needs no fonts, and the picture
 * stays sharp when zoomed. Served as an image, so nothing in it ever runs.
 */
public final class ConfusionHeatMap {
  private static final int CELL = 12;
  private static final int LABEL_SPACE = 190;
  private static final int FONT = 10;

  private ConfusionHeatMap() {}

  public static String svg(List<String> labels, int[][] counts) {
    int n = labels.size();
    int size = LABEL_SPACE + n * CELL + 10;
    StringBuilder svg = new StringBuilder(64 * n * n + 1024);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(size)
        .append("\" height=\"")
        .append(size)
        .append("\" font-family=\"sans-serif\" font-size=\"")
        .append(FONT)
        .append("\"><title>Matrice de confusion : lignes = sujet attendu, colonnes = sujet prédit")
        .append("</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    for (int row = 0; row < n; row++) {
      int y = LABEL_SPACE + row * CELL;
      String label = escape(labels.get(row));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
              LABEL_SPACE - 4,
              y + CELL - 2,
              label));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text transform=\"translate(%d,%d) rotate(-90)\">%s</text>",
              y + CELL - 2,
              LABEL_SPACE - 4,
              label));
      int total = 0;
      for (int count : counts[row]) {
        total += count;
      }
      for (int column = 0; column < n; column++) {
        int count = counts[row][column];
        if (count == 0) {
          continue;
        }
        double share = total == 0 ? 0 : (double) count / total;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                LABEL_SPACE + column * CELL,
                y,
                CELL,
                CELL,
                colour(share, row == column)));
      }
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>",
            LABEL_SPACE,
            LABEL_SPACE,
            n * CELL,
            n * CELL));
    return svg.append("</svg>").toString();
  }

  /** Right answers in blue, confusions in red; darker means a larger share of the row. */
  private static String colour(double share, boolean diagonal) {
    int fade = (int) Math.round(235 * (1 - Math.min(1, share)));
    return diagonal
        ? String.format(Locale.ROOT, "rgb(%d,%d,255)", fade, fade)
        : String.format(Locale.ROOT, "rgb(255,%d,%d)", fade, fade);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
