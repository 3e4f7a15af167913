package org.glasswing.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Profile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Line charts of the global views, drawn like {@link SvgCharts} (headless JFreeChart onto JFreeSVG,
 * same width and fonts): a profile chart with thin ICE curves, a thick PDP and a rug of the data,
 * and an accumulated-local-effects chart.
 */
public final class LineCharts {

  /** The most ICE curves drawn in one chart; more would only blacken it. */
  public static final int MAX_ICE_CURVES = 60;

  private static final int HEIGHT = 340;
  private static final int ALE_HEIGHT = 250;
  private static final Color ALE = new Color(0xb35900);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Color PDP = new Color(0x0b5cad);
  private static final Color ICE = new Color(0x57, 0x60, 0x6a, 70);
  private static final Color RUG = new Color(0x1f2328);
  private static final Color GRID = new Color(0xd0d7de);

  /** The classes' lines: distinct from each other and from the raise/lower red and blue. */
  private static final Color[] CLASS_COLOURS = {
    new Color(0x1b7837),
    new Color(0x762a83),
    new Color(0xb35900),
    new Color(0x2a788e),
    new Color(0x57606a),
    new Color(0xbf812d)
  };

  private LineCharts() {}

  /**
   * A profile chart: the first {@value #MAX_ICE_CURVES} ICE curves as thin grey lines, the partial
   * dependence as a thick blue line, and a rug of the rows' own values along the bottom. A nominal
   * feature's categories are spread evenly along the horizontal axis and named.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param profile the curves
   * @param valueAxisLabel the label of the vertical axis, as plain text
   * @return an {@code <svg>} element
   */
  public static String profile(String id, Profile profile, String valueAxisLabel) {
    double[] grid = profile.grid();
    double[][] ice = profile.ice();
    double[] pdp = profile.pdp();
    XYSeriesCollection curves = new XYSeriesCollection();
    XYSeries mean = new XYSeries("partial dependence", false, true);
    for (int g = 0; g < grid.length; g++) {
      mean.add(grid[g], pdp[g]);
    }
    curves.addSeries(mean);
    double low = min(pdp);
    double high = max(pdp);
    int shown = Math.min(ice.length, MAX_ICE_CURVES);
    for (int r = 0; r < shown; r++) {
      XYSeries curve = new XYSeries("ice " + r, false, true);
      for (int g = 0; g < grid.length; g++) {
        curve.add(grid[g], ice[r][g]);
      }
      curves.addSeries(curve);
      low = Math.min(low, min(ice[r]));
      high = Math.max(high, max(ice[r]));
    }
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    // One SVG path per curve instead of one element per segment: a tenth of the size.
    lines.setDrawSeriesLineAsPath(true);
    lines.setSeriesPaint(0, PDP);
    lines.setSeriesStroke(0, new BasicStroke(3.5f));
    for (int s = 1; s < curves.getSeriesCount(); s++) {
      lines.setSeriesPaint(s, ICE);
      lines.setSeriesStroke(s, new BasicStroke(0.8f));
    }
    double span = high - low > 0 ? high - low : Math.max(1e-9, Math.abs(high));
    double rugY = low - 0.06 * span;
    XYSeriesCollection rugData = new XYSeriesCollection();
    XYSeries rug = new XYSeries("data", false, true);
    for (double value : profile.observed()) {
      if (!Double.isNaN(value)) {
        rug.add(value, rugY);
      }
    }
    rugData.addSeries(rug);
    XYLineAndShapeRenderer ticks = new XYLineAndShapeRenderer(false, true);
    ticks.setSeriesPaint(0, RUG);
    ticks.setSeriesShape(0, new Line2D.Double(0, -5, 0, 5));
    ticks.setSeriesShapesFilled(0, false);
    ticks.setSeriesOutlineStroke(0, new BasicStroke(0.6f));
    ticks.setUseOutlinePaint(false);

    NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
    style(valueAxis);
    valueAxis.setAutoRangeIncludesZero(false);
    valueAxis.setRange(rugY - 0.05 * span, high + 0.08 * span);
    XYPlot plot = new XYPlot(curves, featureAxis(profile.feature(), grid), valueAxis, lines);
    plot.setDataset(1, rugData);
    plot.setRenderer(1, ticks);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, false);
    return SvgCharts.toSvg(id, chart, HEIGHT + labelRoom(profile.feature()));
  }

  /**
   * An accumulated-local-effects chart: the centred effect at each interval edge joined by a line,
   * with a dot per edge and a dashed line at zero (the average prediction).
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param curve the curve
   * @param valueAxisLabel the label of the vertical axis, as plain text
   * @return an {@code <svg>} element
   */
  public static String ale(String id, AleCurve curve, String valueAxisLabel) {
    double[] edges = curve.edges();
    double[] ale = curve.ale();
    XYSeries line = new XYSeries("accumulated local effect", false, true);
    for (int k = 0; k < edges.length; k++) {
      line.add(edges[k], ale[k]);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setSeriesPaint(0, ALE);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
    style(valueAxis);
    valueAxis.setAutoRangeIncludesZero(true);
    NumberAxis featureAxis = new NumberAxis(curve.feature().name());
    featureAxis.setAutoRangeIncludesZero(false);
    style(featureAxis);
    XYPlot plot = new XYPlot(new XYSeriesCollection(line), featureAxis, valueAxis, renderer);
    plot.addRangeMarker(
        new ValueMarker(
            0,
            RUG,
            new BasicStroke(
                1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f)));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, false);
    return SvgCharts.toSvg(id, chart, ALE_HEIGHT);
  }

  /**
   * One feature's partial dependence for every class, one thick line each, with a legend: the
   * per-class panel of a model with more than two classes.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param perClass the feature's profiles, one per class, on the same grid
   * @param valueAxisLabel the label of the vertical axis, as plain text
   * @return an {@code <svg>} element
   */
  public static String classProfiles(String id, List<Profile> perClass, String valueAxisLabel) {
    Profile first = perClass.get(0);
    XYSeriesCollection curves = new XYSeriesCollection();
    // Lines only (solid and dashed by turns): a marker per point would triple the chart's size.
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    lines.setDrawSeriesLineAsPath(true);
    for (int c = 0; c < perClass.size(); c++) {
      Profile p = perClass.get(c);
      XYSeries series = new XYSeries("class " + p.output(), false, true);
      for (int g = 0; g < p.grid().length; g++) {
        series.add(p.grid()[g], p.pdp()[g]);
      }
      curves.addSeries(series);
      lines.setSeriesPaint(c, CLASS_COLOURS[c % CLASS_COLOURS.length]);
      lines.setSeriesStroke(
          c,
          new BasicStroke(
              2.5f,
              BasicStroke.CAP_ROUND,
              BasicStroke.JOIN_ROUND,
              10f,
              c % 2 == 1 ? new float[] {7f, 4f} : null,
              0f));
    }
    NumberAxis valueAxis = new NumberAxis(valueAxisLabel);
    style(valueAxis);
    valueAxis.setRange(0, 1);
    XYPlot plot = new XYPlot(curves, featureAxis(first.feature(), first.grid()), valueAxis, lines);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
    chart.getLegend().setItemFont(TICK_FONT);
    chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return SvgCharts.toSvg(id, chart, ALE_HEIGHT + 40 + labelRoom(first.feature()));
  }

  private static ValueAxis featureAxis(Feature feature, double[] grid) {
    ValueAxis axis;
    if (feature.isNominal()) {
      SymbolAxis symbols = new SymbolAxis(feature.name(), feature.labels().toArray(new String[0]));
      symbols.setGridBandsVisible(false);
      // Every category gets its label: one tick per category, written upwards when they would not
      // fit side by side (the chart grows by labelRoom to hold them), never dropped.
      symbols.setAutoTickUnitSelection(false);
      symbols.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
      symbols.setVerticalTickLabels(labelRoom(feature) > 0);
      axis = symbols;
      axis.setRange(-0.5, feature.labels().size() - 0.5);
    } else {
      NumberAxis numbers = new NumberAxis(feature.name());
      numbers.setAutoRangeIncludesZero(false);
      double pad = 0.02 * (grid[grid.length - 1] - grid[0]);
      numbers.setRange(grid[0] - pad, grid[grid.length - 1] + pad);
      axis = numbers;
    }
    style(axis);
    return axis;
  }

  /**
   * The extra height a nominal feature's axis needs for upright labels: none when its labels fit
   * side by side under the plot.
   */
  static int labelRoom(Feature feature) {
    if (!feature.isNominal()) {
      return 0;
    }
    int longest = feature.labels().stream().mapToInt(String::length).max().orElse(0);
    int perCategory = 640 / Math.max(1, feature.labels().size());
    return longest * 7 <= perCategory ? 0 : Math.min(260, longest * 7);
  }

  private static void style(ValueAxis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(Color.BLACK);
    axis.setTickLabelFont(TICK_FONT);
  }

  private static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
    }
    return min;
  }

  private static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
