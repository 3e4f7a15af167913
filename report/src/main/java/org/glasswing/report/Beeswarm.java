package org.glasswing.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;

/**
 * A beeswarm (SHAP summary) plot of per-row attributions: one row per feature, ordered by mean
 * |attribution| with the largest on top; one dot per explained row at its attribution, coloured by
 * the feature's value in that row from low to high (grey for a nominal feature or a missing value).
 * Dots that would overlap are stacked up and down around the feature's line. Drawn as plain SVG,
 * one path per colour, with whole-pixel dots, so that thousands of dots stay small (Lundberg and
 * Lee 2017; Lundberg et al. 2020, Nature Machine Intelligence).
 */
final class Beeswarm {

  /** At most this many explained rows are drawn (the first ones, which are a random sample). */
  static final int MAX_ROWS = 200;

  /** The colours from the lowest to the highest value (viridis, whose ends avoid red and blue). */
  static final String[] RAMP = {"#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#bddf26"};

  /** The colour of a dot without an order: a nominal feature's value, or a missing one. */
  static final String UNORDERED = "#8c959f";

  static final int ROW = 24;
  static final int TOP = 10;
  private static final int RIGHT = 20;
  private static final int DOT = 4;
  private static final int STACK = 3;

  private final List<Explanation> rows;
  private final List<Feature> features;
  private final int[] order;
  private final double low;
  private final double high;
  private final int left;

  /**
   * Lays out the plot.
   *
   * @param explanations the per-row explanations, all of the same features; the first {@value
   *     #MAX_ROWS} are drawn
   */
  Beeswarm(List<Explanation> explanations) {
    if (explanations.isEmpty()) {
      throw new IllegalArgumentException("a beeswarm needs at least one explained row");
    }
    this.rows = List.copyOf(explanations.subList(0, Math.min(MAX_ROWS, explanations.size())));
    this.features = rows.get(0).features();
    int n = features.size();
    double[] meanAbs = new double[n];
    double min = 0;
    double max = 0;
    for (Explanation e : rows) {
      for (int f = 0; f < n; f++) {
        double phi = e.attribution(f);
        meanAbs[f] += Math.abs(phi) / rows.size();
        min = Math.min(min, phi);
        max = Math.max(max, phi);
      }
    }
    this.order =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer f) -> -meanAbs[f]))
            .mapToInt(Integer::intValue)
            .toArray();
    if (max - min < 1e-12) {
      min -= 1;
      max += 1;
    }
    this.low = min;
    this.high = max;
    int longest = features.stream().mapToInt(f -> f.name().length()).max().orElse(1);
    this.left = Math.min(240, 16 + 7 * longest);
  }

  /** The features from the top row down, as indices into the explanations' features. */
  int[] order() {
    return order.clone();
  }

  /** The rows drawn. */
  int rowsDrawn() {
    return rows.size();
  }

  /** The horizontal position of an attribution. */
  double x(double attribution) {
    return left + (attribution - low) / (high - low) * (SvgCharts.WIDTH - left - RIGHT);
  }

  /** The vertical centre of the feature drawn at a rank, 0 on top. */
  static int centre(int rank) {
    return TOP + rank * ROW + ROW / 2;
  }

  /**
   * The chart.
   *
   * @param id the chart's id, unique in the page
   * @param axisLabel what an attribution is, for the axis
   * @return an {@code <svg>} element
   */
  String svg(String id, String axisLabel) {
    int plotBottom = TOP + order.length * ROW;
    int height = plotBottom + 86;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-")
        .append(id)
        .append("\" class=\"beeswarm\" width=\"")
        .append(SvgCharts.WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(SvgCharts.WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n<title>")
        .append(Html.escape(axisLabel + " of each feature in each of " + rows.size() + " rows"))
        .append("</title>\n");
    for (int rank = 0; rank < order.length; rank++) {
      int y = centre(rank);
      svg.append("<path d=\"M")
          .append(left)
          .append(' ')
          .append(y)
          .append('H')
          .append(SvgCharts.WIDTH - RIGHT)
          .append("\" stroke=\"#eaeef2\"/>\n<text x=\"")
          .append(left - 8)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\">")
          .append(Html.escape(features.get(order[rank]).name()))
          .append("</text>\n");
    }
    int zero = (int) Math.round(x(0));
    svg.append("<path class=\"zero\" d=\"M")
        .append(zero)
        .append(' ')
        .append(TOP)
        .append('V')
        .append(plotBottom)
        .append("\" stroke=\"#57606a\"/>\n");
    dots(svg);
    axis(svg, plotBottom, axisLabel);
    legend(svg, plotBottom + 62);
    return svg.append("</svg>").toString();
  }

  private void dots(StringBuilder svg) {
    Map<String, StringBuilder> paths = new HashMap<>();
    for (int rank = 0; rank < order.length; rank++) {
      int f = order[rank];
      Feature feature = features.get(f);
      double[] values = rows.stream().mapToDouble(e -> e.featureValues()[f]).toArray();
      double[] range = range(values);
      Map<Integer, Integer> stacked = new HashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        int x = (int) Math.round(x(rows.get(r).attribution(f)));
        int k = stacked.merge(x / DOT, 1, Integer::sum) - 1;
        int levels = (ROW / 2 - STACK) / STACK + 1;
        int step = ((k + 1) / 2) % levels;
        int y = centre(rank) + (k % 2 == 1 ? step : -step) * STACK;
        String colour = colour(feature, values[r], range);
        paths.computeIfAbsent(colour, c -> new StringBuilder()).append('M').append(x);
        paths.get(colour).append(' ').append(y).append("h0");
      }
    }
    List<String> colours = new ArrayList<>(List.of(UNORDERED));
    colours.addAll(Arrays.asList(RAMP));
    for (String colour : colours) {
      StringBuilder d = paths.get(colour);
      if (d != null) {
        svg.append("<path class=\"dots\" d=\"")
            .append(d)
            .append("\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"")
            .append(DOT)
            .append("\" stroke-linecap=\"round\" fill=\"none\"/>\n");
      }
    }
  }

  /** The 5th and 95th percentiles of the known values, so that one extreme row leaves the rest. */
  private static double[] range(double[] values) {
    double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (known.length == 0) {
      return new double[] {0, 0};
    }
    return new double[] {
      known[(int) Math.floor(0.05 * (known.length - 1))],
      known[(int) Math.ceil(0.95 * (known.length - 1))]
    };
  }

  /** A dot's colour: its value's place between the range's ends, grey without an order. */
  static String colour(Feature feature, double value, double[] range) {
    if (feature.isNominal() || Double.isNaN(value)) {
      return UNORDERED;
    }
    double t = range[1] > range[0] ? (value - range[0]) / (range[1] - range[0]) : 0.5;
    t = Math.max(0, Math.min(1, t));
    return RAMP[(int) Math.round(t * (RAMP.length - 1))];
  }

  private void axis(StringBuilder svg, int bottom, String axisLabel) {
    svg.append("<path d=\"M")
        .append(left)
        .append(' ')
        .append(bottom)
        .append('H')
        .append(SvgCharts.WIDTH - RIGHT)
        .append("\" stroke=\"#57606a\"/>\n");
    double step = niceStep((high - low) / 5);
    for (double t = Math.ceil(low / step) * step; t <= high + 1e-9; t += step) {
      double x = x(t);
      svg.append("<path d=\"M")
          .append(fmt(x))
          .append(' ')
          .append(bottom)
          .append("v5\" stroke=\"#57606a\"/><text x=\"")
          .append(fmt(x))
          .append("\" y=\"")
          .append(bottom + 18)
          .append("\" text-anchor=\"middle\">")
          .append(Html.escape(Numbers.format(Math.abs(t) < step / 1e6 ? 0 : t)))
          .append("</text>\n");
    }
    svg.append("<text x=\"")
        .append((left + SvgCharts.WIDTH - RIGHT) / 2)
        .append("\" y=\"")
        .append(bottom + 38)
        .append("\" text-anchor=\"middle\" font-size=\"13\">")
        .append(Html.escape(axisLabel + " (← lowers the prediction · raises it →)"))
        .append("</text>\n");
  }

  private static void legend(StringBuilder svg, int y) {
    int x = 16;
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 4).append("\">");
    svg.append("feature value: low</text>\n");
    x += 118;
    for (String colour : RAMP) {
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y - 6)
          .append("\" width=\"18\" height=\"12\" fill=\"")
          .append(colour)
          .append("\"/>");
      x += 18;
    }
    svg.append("\n<text x=\"")
        .append(x + 6)
        .append("\" y=\"")
        .append(y + 4)
        .append("\">high</text>");
    x += 60;
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y - 6)
        .append("\" width=\"18\" height=\"12\" fill=\"")
        .append(UNORDERED)
        .append("\"/><text x=\"")
        .append(x + 24)
        .append("\" y=\"")
        .append(y + 4)
        .append("\">nominal or missing (no order)</text>\n");
  }

  /** A round step near a raw one: 1, 2 or 5 times a power of ten. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double m = raw / power;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
