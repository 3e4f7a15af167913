package org.glasswing.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report's charts headless with JFreeChart onto JFreeSVG and returns them as SVG
 * elements, ready to inline in HTML. Charts use a generic sans-serif font, a fixed width and a
 * height that grows with the number of bars, and carry a {@code viewBox} so that they scale with
 * the page.
 */
public final class SvgCharts {

  /**
   * One bar of a bar chart.
   *
   * @param label the bar's label, as plain text
   * @param value the bar's length
   * @param error the half-width of an error bar around the value; {@code NaN} for none
   */
  public record Bar(String label, double value, double error) {

    /**
     * Checks the label is given.
     *
     * @param label the bar's label
     * @param value the bar's length
     * @param error the half-width of an error bar, or {@code NaN}
     */
    public Bar {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * One line of a line chart, with an optional band of one spread around it.
   *
   * @param label the line's legend label, as plain text
   * @param x the x values, ascending
   * @param y the y values, one per x
   * @param spread the half-width of a band around each y, or {@code null} for none
   */
  public record Line(String label, double[] x, double[] y, double[] spread) {

    /**
     * Checks and copies the values.
     *
     * @param label the legend label
     * @param x the x values
     * @param y the y values
     * @param spread the band's half-widths, or {@code null}
     */
    public Line {
      Objects.requireNonNull(label, "label");
      if (x.length != y.length || (spread != null && spread.length != y.length)) {
        throw new IllegalArgumentException("a line needs as many x, y and spread values");
      }
      x = x.clone();
      y = y.clone();
      spread = spread == null ? null : spread.clone();
    }

    /**
     * The x values.
     *
     * @return a fresh array
     */
    @Override
    public double[] x() {
      return x.clone();
    }

    /**
     * The y values.
     *
     * @return a fresh array
     */
    @Override
    public double[] y() {
      return y.clone();
    }

    /**
     * The band's half-widths.
     *
     * @return a fresh array, or {@code null}
     */
    @Override
    public double[] spread() {
      return spread == null ? null : spread.clone();
    }
  }

  /** The width of every chart, in SVG user units (pixels at 100% zoom). */
  public static final int WIDTH = 760;

  private static final int ROW_HEIGHT = 30;
  private static final int FRAME_HEIGHT = 90;
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font ITEM_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Color BAR = new Color(0x0b5cad);
  private static final Color RAISE = new Color(0xc0392b);
  private static final Color LOWER = new Color(0x1f6fb2);
  private static final Color GRID = new Color(0xd0d7de);
  private static final Color INK = new Color(0x1f2328);
  private static final Color MUTED = new Color(0x57606a);
  private static final Color[] PALETTE = {
    new Color(0xc0392b), new Color(0x1f6fb2), new Color(0x57606a), new Color(0x2e7d32)
  };

  /** The most lines a line chart takes. */
  public static final int LINE_COLOURS = 4;

  private static final int LINE_HEIGHT = 360;

  private SvgCharts() {}

  /**
   * A horizontal bar chart, first bar on top, with optional error bars.
   *
   * @param id an identifier unique within the page, used for the SVG element's id and its clip
   *     paths; lower-case letters, digits and hyphens
   * @param bars the bars, top to bottom; labels must be distinct
   * @param valueAxisLabel the label of the value axis, as plain text
   * @return an {@code <svg>} element
   */
  public static String horizontalBars(String id, List<Bar> bars, String valueAxisLabel) {
    return toSvg(id, horizontalBarsChart(bars, valueAxisLabel), heightFor(bars.size(), false));
  }

  /**
   * The chart {@link #horizontalBars} draws, for hosts that show it themselves (a Swing panel).
   *
   * @param bars the bars, top to bottom; labels must be distinct
   * @param valueAxisLabel the label of the value axis, as plain text
   * @return a new chart
   */
  public static JFreeChart horizontalBarsChart(List<Bar> bars, String valueAxisLabel) {
    DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      Number value = bar.value();
      Number error = Double.isNaN(bar.error()) ? null : bar.error();
      dataset.add(value, error, "value", new Key(i, bar.label()));
    }
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setSeriesPaint(0, BAR);
    renderer.setErrorIndicatorPaint(INK);
    renderer.setErrorIndicatorStroke(new BasicStroke(1.2f));
    styleBars(renderer);
    NumberAxis valueAxis = valueAxis(valueAxisLabel);
    valueAxis.setAutoRangeIncludesZero(true);
    valueAxis.setUpperMargin(0.08);
    CategoryPlot plot = plot(dataset, valueAxis, renderer);
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * A horizontal waterfall chart: one floating bar per step, top to bottom, coloured by whether it
   * raises or lowers the output and labelled with its signed size; dashed lines mark where it
   * starts (the base value) and ends (the prediction).
   *
   * @param id an identifier unique within the page, used for the SVG element's id and its clip
   *     paths; lower-case letters, digits and hyphens
   * @param waterfall the steps
   * @param valueAxisLabel the label of the value axis, as plain text
   * @return an {@code <svg>} element
   */
  public static String waterfall(String id, Waterfall waterfall, String valueAxisLabel) {
    JFreeChart chart = waterfallChart(waterfall, valueAxisLabel);
    return toSvg(id, chart, heightFor(waterfall.steps().size(), true));
  }

  /**
   * The chart {@link #waterfall} draws, for hosts that show it themselves (a Swing panel).
   *
   * @param waterfall the steps
   * @param valueAxisLabel the label of the value axis, as plain text
   * @return a new chart
   */
  public static JFreeChart waterfallChart(Waterfall waterfall, String valueAxisLabel) {
    List<Waterfall.Step> steps = waterfall.steps();
    int n = steps.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    Key[] keys = new Key[n];
    for (int i = 0; i < n; i++) {
      Waterfall.Step step = steps.get(i);
      starts[0][i] = Math.min(step.start(), step.end());
      ends[0][i] = Math.max(step.start(), step.end());
      keys[i] = new Key(i, step.label());
    }
    DefaultIntervalCategoryDataset dataset =
        new DefaultIntervalCategoryDataset(new String[] {"step"}, keys, starts, ends);
    IntervalBarRenderer renderer = new StepRenderer(steps);
    styleBars(renderer);
    renderer.setIncludeBaseInRange(false);
    renderer.setMinimumBarLength(1.5);
    renderer.setDefaultItemLabelGenerator(new StepLabels(steps));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ITEM_FONT);
    renderer.setDefaultItemLabelPaint(INK);
    NumberAxis valueAxis = valueAxis(valueAxisLabel);
    valueAxis.setAutoRangeIncludesZero(false);
    // Room beside the outermost bars for their labels, such as "+0.13 ± 0.015".
    valueAxis.setLowerMargin(0.4);
    valueAxis.setUpperMargin(0.4);
    CategoryPlot plot = plot(dataset, valueAxis, renderer);
    // Marker labels point inwards, towards the other marker, so that they stay inside the plot.
    // Leave a free band above the first bar and below the last one for the marker labels.
    double band = 26.0 / (ROW_HEIGHT * n + 52.0);
    plot.getDomainAxis().setLowerMargin(band);
    plot.getDomainAxis().setUpperMargin(band);
    boolean rises = waterfall.prediction() >= waterfall.baseValue();
    plot.addRangeMarker(
        marker(
            waterfall.baseValue(),
            "start: average " + Numbers.format(waterfall.baseValue()),
            rises ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT,
            rises ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT,
            MUTED));
    plot.addRangeMarker(
        marker(
            waterfall.prediction(),
            "end: this row " + Numbers.format(waterfall.prediction()),
            rises ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT,
            rises ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT,
            INK));
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(legendItem("raises the prediction", RAISE));
    legend.add(legendItem("lowers the prediction", LOWER));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
    LegendTitle legendTitle = chart.getLegend();
    legendTitle.setItemFont(TICK_FONT);
    legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    legendTitle.setPosition(RectangleEdge.TOP);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * A reliability diagram: mean confidence (x) against observed accuracy (y) per bin, one line per
   * series, over the dashed diagonal of perfect calibration; both axes run from 0 to 1.
   *
   * @param id an identifier unique within the page, used for the SVG element's id and its clip
   *     paths; lower-case letters, digits and hyphens
   * @param series series name to points {@code {x, y}} or {@code {x, y, rows}}, in legend order;
   *     points with a {@code NaN} coordinate are skipped; the first series' points are labelled
   *     with their rows when given
   * @return an {@code <svg>} element
   */
  public static String reliabilityDiagram(String id, java.util.Map<String, double[][]> series) {
    return toSvg(id, reliabilityDiagramChart(series), 460);
  }

  /**
   * The chart {@link #reliabilityDiagram} draws, for hosts that show it themselves (a Swing panel).
   * Its dataset is an XY series collection: series 0 is the diagonal, then one series per entry of
   * {@code series}, in order, holding its points without the {@code NaN} ones.
   *
   * @param series series name to points {@code {x, y}}, in legend order; points with a {@code NaN}
   *     coordinate are skipped
   * @return a new chart
   */
  public static JFreeChart reliabilityDiagramChart(java.util.Map<String, double[][]> series) {
    org.jfree.data.xy.XYSeriesCollection dataset = new org.jfree.data.xy.XYSeriesCollection();
    org.jfree.data.xy.XYSeries diagonal =
        new org.jfree.data.xy.XYSeries("perfect calibration", false);
    diagonal.add(0, 0);
    diagonal.add(1, 1);
    dataset.addSeries(diagonal);
    List<String> counts = new ArrayList<>();
    for (java.util.Map.Entry<String, double[][]> entry : series.entrySet()) {
      org.jfree.data.xy.XYSeries points = new org.jfree.data.xy.XYSeries(entry.getKey(), false);
      for (double[] point : entry.getValue()) {
        if (!Double.isNaN(point[0]) && !Double.isNaN(point[1])) {
          points.add(point[0], point[1]);
          if (dataset.getSeriesCount() == 1 && point.length > 2) {
            counts.add("n=" + Math.round(point[2]));
          }
        }
      }
      dataset.addSeries(points);
    }
    org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
        new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
    if (!counts.isEmpty()) {
      renderer.setSeriesItemLabelGenerator(1, (data, s, item) -> counts.get(item));
      renderer.setSeriesItemLabelsVisible(1, true);
      renderer.setSeriesItemLabelFont(1, ITEM_FONT);
      renderer.setSeriesItemLabelPaint(1, INK);
    }
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setSeriesPaint(0, MUTED);
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesStroke(
        0,
        new BasicStroke(
            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
    Color[] palette = {BAR, RAISE, new Color(0x2da44e), new Color(0x8250df)};
    for (int s = 1; s < dataset.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, palette[(s - 1) % palette.length]);
      renderer.setSeriesStroke(s, new BasicStroke(1.6f));
    }
    NumberAxis x = valueAxis("mean confidence (largest probability)");
    NumberAxis y = valueAxis("share predicted correctly");
    x.setRange(0, 1);
    y.setRange(0, 1);
    org.jfree.chart.plot.XYPlot plot = new org.jfree.chart.plot.XYPlot(dataset, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
    LegendTitle legendTitle = chart.getLegend();
    legendTitle.setItemFont(TICK_FONT);
    legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    legendTitle.setPosition(RectangleEdge.TOP);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * A line chart with a legend on top; a line with a spread is drawn with a light band of that
   * half-width around it.
   *
   * @param id an identifier unique within the page, used for the SVG element's id and its clip
   *     paths; lower-case letters, digits and hyphens
   * @param lines the lines, in legend order, at most {@value #LINE_COLOURS} of them
   * @param xAxisLabel the label of the x axis, as plain text
   * @param yAxisLabel the label of the y axis, as plain text
   * @return an {@code <svg>} element
   */
  public static String lines(String id, List<Line> lines, String xAxisLabel, String yAxisLabel) {
    if (lines.isEmpty() || lines.size() > LINE_COLOURS) {
      throw new IllegalArgumentException(
          "a line chart takes 1 to " + LINE_COLOURS + " lines, got " + lines.size());
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      YIntervalSeries series = new YIntervalSeries(i + ": " + line.label());
      double[] x = line.x();
      double[] y = line.y();
      double[] spread = line.spread();
      for (int k = 0; k < x.length; k++) {
        double half = spread == null ? 0 : spread[k];
        series.add(x[k], y[k], y[k] - half, y[k] + half);
      }
      dataset.addSeries(series);
      Color colour = PALETTE[i];
      renderer.setSeriesPaint(i, colour);
      renderer.setSeriesFillPaint(i, colour);
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    renderer.setAlpha(0.15f);
    NumberAxis xAxis = valueAxis(xAxisLabel);
    xAxis.setAutoRangeIncludesZero(false);
    NumberAxis yAxis = valueAxis(yAxisLabel);
    yAxis.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < lines.size(); i++) {
      legend.add(legendItem(lines.get(i).label(), PALETTE[i]));
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
    LegendTitle legendTitle = chart.getLegend();
    legendTitle.setItemFont(TICK_FONT);
    legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    legendTitle.setPosition(RectangleEdge.TOP);
    return toSvg(id, chart, LINE_HEIGHT);
  }

  private static int heightFor(int bars, boolean legend) {
    return FRAME_HEIGHT + ROW_HEIGHT * Math.max(1, bars) + (legend ? 50 : 0);
  }

  private static void styleBars(BarRenderer renderer) {
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0);
    renderer.setMaximumBarWidth(0.7);
  }

  private static NumberAxis valueAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(TICK_FONT);
    axis.setTickLabelPaint(INK);
    return axis;
  }

  private static CategoryPlot plot(
      CategoryDataset dataset, NumberAxis valueAxis, BarRenderer renderer) {
    CategoryAxis categoryAxis = new CategoryAxis();
    categoryAxis.setTickLabelFont(LABEL_FONT);
    categoryAxis.setTickLabelPaint(INK);
    categoryAxis.setMaximumCategoryLabelWidthRatio(0.38f);
    categoryAxis.setMaximumCategoryLabelLines(2);
    categoryAxis.setCategoryMargin(0.25);
    categoryAxis.setLowerMargin(0.02);
    categoryAxis.setUpperMargin(0.02);
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
    return plot;
  }

  private static ValueMarker marker(
      double value, String label, RectangleAnchor anchor, TextAnchor textAnchor, Color paint) {
    ValueMarker marker =
        new ValueMarker(
            value,
            paint,
            new BasicStroke(
                1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0));
    marker.setLabel(label);
    marker.setLabelFont(ITEM_FONT);
    marker.setLabelPaint(paint);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
    marker.setLabelAnchor(anchor);
    marker.setLabelTextAnchor(textAnchor);
    marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    return marker;
  }

  private static LegendItem legendItem(String label, Color paint) {
    LegendItem item = new LegendItem(label, paint);
    item.setShape(new Rectangle(0, 0, 12, 12));
    return item;
  }

  /**
   * One point of a scatter chart.
   *
   * @param x the horizontal position
   * @param y the vertical position
   * @param group the legend entry the point belongs to (its colour), as plain text
   */
  public record Point(double x, double y, String group) {

    /**
     * Checks the group is given.
     *
     * @param x the horizontal position
     * @param y the vertical position
     * @param group the legend entry
     */
    public Point {
      Objects.requireNonNull(group, "group");
    }
  }

  private static final Color[] GROUP_COLOURS = {
    new Color(0x1f6fb2), new Color(0xc0392b), new Color(0x2e8b57), new Color(0x8e44ad),
    new Color(0xd68910), new Color(0x17a2b8), new Color(0x6c757d), new Color(0x8b4513)
  };

  /**
   * A square scatter chart of points coloured by group, with a legend; groups keep the order in
   * which they first appear, and colours repeat after eight groups.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param points the points
   * @param xLabel the horizontal axis label, as plain text
   * @param yLabel the vertical axis label, as plain text
   * @return an {@code <svg>} element
   */
  public static String scatter(String id, List<Point> points, String xLabel, String yLabel) {
    return scatter(id, points, xLabel, yLabel, java.util.Set.of());
  }

  /**
   * A scatter chart as {@link #scatter(String, List, String, String)} draws it, with the points of
   * some groups drawn larger, as diamonds, to make them stand out (such as chosen prototypes).
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param points the points
   * @param xLabel the horizontal axis label, as plain text
   * @param yLabel the vertical axis label, as plain text
   * @param emphasised the groups drawn larger
   * @return an {@code <svg>} element
   */
  public static String scatter(
      String id,
      List<Point> points,
      String xLabel,
      String yLabel,
      java.util.Set<String> emphasised) {
    org.jfree.data.xy.XYSeriesCollection dataset = new org.jfree.data.xy.XYSeriesCollection();
    java.util.Map<String, org.jfree.data.xy.XYSeries> series = new java.util.LinkedHashMap<>();
    for (Point point : points) {
      series
          .computeIfAbsent(
              point.group(),
              g -> {
                org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries(g, false, true);
                dataset.addSeries(s);
                return s;
              })
          .add(point.x(), point.y());
    }
    org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
        new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
    List<String> groups = new ArrayList<>(series.keySet());
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, GROUP_COLOURS[s % GROUP_COLOURS.length]);
      renderer.setSeriesShape(
          s,
          emphasised.contains(groups.get(s))
              ? new java.awt.geom.Path2D.Double(
                  new java.awt.Polygon(new int[] {0, 6, 0, -6}, new int[] {-6, 0, 6, 0}, 4))
              : new java.awt.geom.Rectangle2D.Double(-2.5, -2.5, 5, 5));
    }
    // A point is a small filled square: a circle takes four times the SVG text, and an outline in
    // the same colour would double it again, for a thousand points.
    renderer.setDrawOutlines(false);
    NumberAxis xAxis = valueAxis(xLabel);
    xAxis.setAutoRangeIncludesZero(false);
    NumberAxis yAxis = valueAxis(yLabel);
    yAxis.setAutoRangeIncludesZero(false);
    org.jfree.chart.plot.XYPlot plot =
        new org.jfree.chart.plot.XYPlot(dataset, xAxis, yAxis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, true);
    chart.getLegend().setItemFont(TICK_FONT);
    chart.getLegend().setItemPaint(INK);
    chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    return toSvg(id, chart, 560);
  }

  static String toSvg(String id, JFreeChart chart, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 4));
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
    svg.setDefsKeyPrefix(id + "-");
    svg.setGeomDoubleConverter(SvgCompactor::coordinate);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
    return SvgCompactor.mergeRuns(
        svg.getSVGElement("chart-" + id, true, new ViewBox(0, 0, WIDTH, height), null, null));
  }

  /** A category key that stays distinct even if two bars have the same label. */
  private record Key(int index, String label) implements Comparable<Key> {

    @Override
    public int compareTo(Key other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Colours each waterfall step by its sign and puts its label on the side it moves towards. */
  private static final class StepRenderer extends IntervalBarRenderer {

    private static final ItemLabelPosition RIGHT =
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    private static final ItemLabelPosition LEFT =
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);

    private final transient List<Waterfall.Step> steps;

    StepRenderer(List<Waterfall.Step> steps) {
      this.steps = steps;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return steps.get(column).delta() >= 0 ? RAISE : LOWER;
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
      return steps.get(column).delta() >= 0 ? RIGHT : LEFT;
    }

    @Override
    public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
      return getPositiveItemLabelPosition(row, column);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StepRenderer other && super.equals(o) && steps.equals(other.steps);
    }

    @Override
    public int hashCode() {
      return super.hashCode() * 31 + steps.hashCode();
    }
  }

  /** Labels each waterfall step with its signed size and, when known, its standard error. */
  private record StepLabels(List<Waterfall.Step> steps) implements CategoryItemLabelGenerator {

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Waterfall.Step step = steps.get(column);
      String text = Numbers.signed(step.delta(), 2);
      return Double.isNaN(step.standardError())
          ? text
          : text + " ± " + Numbers.format(step.standardError(), 2);
    }
  }
}
