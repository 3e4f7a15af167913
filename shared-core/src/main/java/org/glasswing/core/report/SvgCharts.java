package org.glasswing.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
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
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
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

  private static String toSvg(String id, JFreeChart chart, int height) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 4));
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
    svg.setDefsKeyPrefix(id + "-");
    chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
    return svg.getSVGElement("chart-" + id, true, new ViewBox(0, 0, WIDTH, height), null, null);
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
