package org.glasswing.report;

import java.util.Locale;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.PairProfile;

/**
 * Draws a two-way partial dependence as an SVG heatmap: one cell per pair of grid values, the first
 * feature across, the second up, coloured on a sequential scale from light (low) to dark (high),
 * with a colour legend giving the values at its ends and middle. Cells are grid points (quantiles
 * for a numeric feature, one per category for a nominal one) of equal size, not equal spans of the
 * feature. Each cell carries a tooltip with its two values and the output.
 */
public final class Heatmap {

  private static final int WIDTH = 760;
  private static final int LEFT = 150;
  private static final int TOP = 12;
  private static final int PLOT_WIDTH = 470;
  private static final int PLOT_HEIGHT = 330;
  private static final int BOTTOM = 64;
  private static final int LEGEND_X = LEFT + PLOT_WIDTH + 34;
  private static final int MAX_X_LABELS = 8;
  private static final int MAX_Y_LABELS = 12;

  /** Stops of the colour scale, light to dark (a yellow-green-blue sequential scale). */
  private static final int[] STOPS = {0xffffd9, 0xc7e9b4, 0x41b6c4, 0x225ea8, 0x081d58};

  private Heatmap() {}

  /**
   * Draws the heatmap of a two-way partial dependence.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param pair the surface
   * @param valueLabel what the colour shows, as plain text, such as {@code predicted probability of
   *     'good'}
   * @return an {@code <svg>} element
   * @throws IllegalArgumentException if a grid is empty or the surface does not match the grids
   */
  public static String pairPdp(String id, PairProfile pair, String valueLabel) {
    double[] xs = pair.firstGrid();
    double[] ys = pair.secondGrid();
    double[][] values = pair.pdp();
    if (xs.length == 0 || ys.length == 0 || values.length != xs.length) {
      throw new IllegalArgumentException(
          "a heatmap needs a value for each of the "
              + xs.length
              + " × "
              + ys.length
              + " grid points");
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double[] column : values) {
      if (column.length != ys.length) {
        throw new IllegalArgumentException(
            "a heatmap needs " + ys.length + " values per column, got " + column.length);
      }
      for (double v : column) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    // Category labels are never dropped or cut: every column of a nominal feature gets its whole
    // label, slanted when they do not fit side by side (the chart grows to hold them); numeric
    // ticks are thinned, since the numbers between them can be read off the scale.
    int longestX = 0;
    for (double x : xs) {
      longestX = Math.max(longestX, tick(pair.first(), x).length());
    }
    boolean slanted = pair.first().isNominal() && longestX * 7 > PLOT_WIDTH / xs.length;
    int xRoom = slanted ? (int) Math.ceil(longestX * 7 * 0.71) : 0;
    int height = TOP + PLOT_HEIGHT + BOTTOM + xRoom;
    double cellWidth = (double) PLOT_WIDTH / xs.length;
    double cellHeight = (double) PLOT_HEIGHT / ys.length;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-")
        .append(id)
        .append("\" class=\"heatmap\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n<title>")
        .append(
            Html.escape(
                valueLabel
                    + " by '"
                    + pair.first().name()
                    + "' (across) and '"
                    + pair.second().name()
                    + "' (up)"))
        .append("</title>\n");
    Feature first = pair.first();
    Feature second = pair.second();
    for (int a = 0; a < xs.length; a++) {
      for (int b = 0; b < ys.length; b++) {
        double x = LEFT + a * cellWidth;
        double y = TOP + PLOT_HEIGHT - (b + 1) * cellHeight;
        svg.append("<rect class=\"cell\" x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(fmt(y))
            .append("\" width=\"")
            .append(fmt(cellWidth + 0.4))
            .append("\" height=\"")
            .append(fmt(cellHeight + 0.4))
            .append("\" fill=\"")
            .append(colour(fraction(values[a][b], low, high)))
            .append("\"><title>")
            .append(
                Html.escape(
                    first.name()
                        + " = "
                        + first.format(xs[a])
                        + ", "
                        + second.name()
                        + " = "
                        + second.format(ys[b])
                        + ": "
                        + Numbers.format(values[a][b])))
            .append("</title></rect>\n");
      }
    }
    svg.append("<rect x=\"")
        .append(LEFT)
        .append("\" y=\"")
        .append(TOP)
        .append("\" width=\"")
        .append(PLOT_WIDTH)
        .append("\" height=\"")
        .append(PLOT_HEIGHT)
        .append("\" fill=\"none\" stroke=\"#57606a\"/>\n");
    int xStep = first.isNominal() ? 1 : (int) Math.ceil((double) xs.length / MAX_X_LABELS);
    for (int a = 0; a < xs.length; a += xStep) {
      double x = LEFT + (a + 0.5) * cellWidth;
      String label = first.isNominal() ? tick(first, xs[a]) : shorten(tick(first, xs[a]), 12);
      if (slanted) {
        svg.append("<text transform=\"translate(")
            .append(fmt(x))
            .append(',')
            .append(TOP + PLOT_HEIGHT + 12)
            .append(") rotate(-45)\" text-anchor=\"end\" font-size=\"11\">");
      } else {
        svg.append("<text x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(TOP + PLOT_HEIGHT + 17)
            .append("\" text-anchor=\"middle\">");
      }
      svg.append(Html.escape(label)).append("</text>\n");
    }
    int yStep = second.isNominal() ? 1 : (int) Math.ceil((double) ys.length / MAX_Y_LABELS);
    for (int b = 0; b < ys.length; b += yStep) {
      double y = TOP + PLOT_HEIGHT - (b + 0.5) * cellHeight + 4;
      String label = second.isNominal() ? tick(second, ys[b]) : shorten(tick(second, ys[b]), 18);
      // A long category name gets a smaller font so that it fits left of the plot, whole.
      int size = Math.max(8, Math.min(12, (LEFT - 30) * 16 / Math.max(1, label.length() * 9)));
      svg.append("<text x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(fmt(y))
          .append("\" text-anchor=\"end\" font-size=\"")
          .append(size)
          .append("\">")
          .append(Html.escape(label))
          .append("</text>\n");
    }
    svg.append("<text x=\"")
        .append(LEFT + PLOT_WIDTH / 2)
        .append("\" y=\"")
        .append(TOP + PLOT_HEIGHT + 42 + xRoom)
        .append("\" text-anchor=\"middle\" font-size=\"13\">")
        .append(Html.escape(first.name()))
        .append(" →</text>\n");
    svg.append("<text transform=\"translate(16,")
        .append(TOP + PLOT_HEIGHT / 2)
        .append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">")
        .append(Html.escape(second.name()))
        .append(" →</text>\n");
    legend(svg, id, low, high, valueLabel);
    svg.append("</svg>");
    return svg.toString();
  }

  private static void legend(
      StringBuilder svg, String id, double low, double high, String valueLabel) {
    String gradient = id + "-scale";
    svg.append("<defs><linearGradient id=\"")
        .append(gradient)
        .append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">");
    for (int s = 0; s < STOPS.length; s++) {
      svg.append("<stop offset=\"")
          .append(fmt((double) s / (STOPS.length - 1)))
          .append("\" stop-color=\"")
          .append(hex(STOPS[s]))
          .append("\"/>");
    }
    svg.append("</linearGradient></defs>\n");
    int barTop = TOP + 20;
    int barHeight = PLOT_HEIGHT - 40;
    svg.append("<rect class=\"legend\" x=\"")
        .append(LEGEND_X)
        .append("\" y=\"")
        .append(barTop)
        .append("\" width=\"16\" height=\"")
        .append(barHeight)
        .append("\" fill=\"url(#")
        .append(gradient)
        .append(")\" stroke=\"#57606a\"/>\n");
    double[] marks = high > low ? new double[] {high, (low + high) / 2, low} : new double[] {low};
    for (int m = 0; m < marks.length; m++) {
      double y = marks.length == 1 ? barTop + barHeight / 2.0 : barTop + m * barHeight / 2.0;
      svg.append("<text x=\"")
          .append(LEGEND_X + 22)
          .append("\" y=\"")
          .append(fmt(y + 4))
          .append("\">")
          .append(Html.escape(Numbers.format(marks[m])))
          .append("</text>\n");
    }
    svg.append("<text transform=\"translate(")
        .append(LEGEND_X + 84)
        .append(',')
        .append(barTop + barHeight / 2)
        .append(") rotate(90)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#57606a\">")
        .append(Html.escape(shorten(valueLabel, 44)))
        .append("</text>\n");
  }

  private static String tick(Feature feature, double value) {
    return feature.isNominal() ? feature.format(value) : Numbers.format(value);
  }

  private static double fraction(double value, double low, double high) {
    return high > low ? (value - low) / (high - low) : 0.5;
  }

  /** The colour of a fraction of the scale, interpolated between the stops. */
  static String colour(double fraction) {
    double f = Math.max(0, Math.min(1, fraction)) * (STOPS.length - 1);
    int i = Math.min((int) Math.floor(f), STOPS.length - 2);
    double t = f - i;
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int from = (STOPS[i] >> shift) & 0xff;
      int to = (STOPS[i + 1] >> shift) & 0xff;
      rgb |= ((int) Math.round(from + t * (to - from))) << shift;
    }
    return hex(rgb);
  }

  private static String hex(int rgb) {
    return String.format(Locale.ROOT, "#%06x", rgb);
  }

  private static String shorten(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, chars - 1) + "…";
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
