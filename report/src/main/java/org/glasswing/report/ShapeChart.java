package org.glasswing.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.glassbox.FeatureBins;
import org.glasswing.core.glassbox.ShapeTerm;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The shape function of one attribute of an explainable boosting machine, drawn like {@link
 * SvgCharts}: the term's score in each bin as a step line (one per output of a softmax model), over
 * a light histogram of the training rows per bin on the right axis, so that a jump where few rows
 * lie reads as the guess it is. A numeric attribute is drawn on its own scale from its smallest to
 * its largest value; a nominal one has one step per label. The missing-value bin is not drawn (its
 * score is in the shape CSV and the text view).
 */
public final class ShapeChart {

  private static final int HEIGHT = 300;
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Color DENSITY = new Color(0xd0d7de);
  private static final Color INK = new Color(0x1f2328);
  private static final Color GRID = new Color(0xeaeef2);
  private static final Color[] PALETTE = {
    new Color(0x0b5cad), new Color(0xc0392b), new Color(0x1a7f37), new Color(0xb35900)
  };

  private ShapeChart() {}

  /**
   * The chart of a single-attribute term.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param term the term, of one attribute
   * @param bins that attribute's bins
   * @param observed the attribute's training values (NaN for missing), for the histogram
   * @param outputs the names of the term's outputs, one per score row
   * @param scoreLabel the label of the score axis, such as "log-odds of bad"
   * @return an {@code <svg>} element
   */
  public static String plot(
      String id,
      ShapeTerm term,
      FeatureBins bins,
      double[] observed,
      List<String> outputs,
      String scoreLabel) {
    if (term.isPair()) {
      throw new IllegalArgumentException("a shape chart shows a term of one attribute");
    }
    Feature feature = bins.feature();
    int shown = bins.size() - 1; // the missing bin is left out
    double[] counts = new double[shown];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : observed) {
      int b = bins.bin(v);
      if (b < shown) {
        counts[b]++;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double[] edges = edges(bins, lo, hi);
    double[][] scores = term.scores();
    XYSeriesCollection steps = new XYSeriesCollection();
    for (int k = 0; k < scores.length; k++) {
      XYSeries s = new XYSeries(outputs.get(k), false, true);
      for (int b = 0; b < shown; b++) {
        s.add(edges[b], scores[k][b]);
      }
      s.add(edges[shown], scores[k][shown - 1]);
      steps.addSeries(s);
    }
    XYStepRenderer stepRenderer = new XYStepRenderer();
    for (int k = 0; k < scores.length; k++) {
      stepRenderer.setSeriesPaint(k, PALETTE[k % PALETTE.length]);
      stepRenderer.setSeriesStroke(k, new BasicStroke(2.5f));
    }
    NumberAxis scoreAxis = new NumberAxis(scoreLabel);
    style(scoreAxis);
    scoreAxis.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(steps, featureAxis(feature, edges), scoreAxis, stepRenderer);

    XYIntervalSeries histogram = new XYIntervalSeries("rows");
    double most = 1;
    for (int b = 0; b < shown; b++) {
      histogram.add((edges[b] + edges[b + 1]) / 2, edges[b], edges[b + 1], counts[b], 0, counts[b]);
      most = Math.max(most, counts[b]);
    }
    XYIntervalSeriesCollection density = new XYIntervalSeriesCollection();
    density.addSeries(histogram);
    XYBarRenderer bars = new XYBarRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, DENSITY);
    bars.setDrawBarOutline(false);
    NumberAxis rowsAxis = new NumberAxis("training rows per bin");
    style(rowsAxis);
    rowsAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    // The histogram fills the lower third, under the shape.
    rowsAxis.setRange(0, most * 3);
    plot.setDataset(1, density);
    plot.setRenderer(1, bars);
    plot.setRangeAxis(1, rowsAxis);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    plot.mapDatasetToRangeAxis(1, 1);
    plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    plot.addRangeMarker(new ValueMarker(0, INK, new BasicStroke(0.8f)));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, scores.length > 1);
    return SvgCharts.toSvg(id, chart, HEIGHT + LineCharts.labelRoom(feature));
  }

  /** Where each shown bin starts, then where the last ends. */
  private static double[] edges(FeatureBins bins, double lo, double hi) {
    int shown = bins.size() - 1;
    double[] edges = new double[shown + 1];
    if (bins.feature().isNominal()) {
      for (int b = 0; b <= shown; b++) {
        edges[b] = b - 0.5;
      }
      return edges;
    }
    double[] cuts = bins.cuts();
    if (!(lo <= hi)) {
      lo = cuts.length > 0 ? cuts[0] - 1 : 0;
      hi = cuts.length > 0 ? cuts[cuts.length - 1] + 1 : 1;
    }
    double first = cuts.length > 0 ? Math.min(lo, cuts[0]) : lo;
    double last = cuts.length > 0 ? Math.max(hi, cuts[cuts.length - 1]) : hi;
    if (!(last > first)) {
      last = first + 1;
    }
    edges[0] = first;
    for (int b = 1; b < shown; b++) {
      edges[b] = cuts[b - 1];
    }
    edges[shown] = last;
    return edges;
  }

  private static ValueAxis featureAxis(Feature feature, double[] edges) {
    ValueAxis axis;
    if (feature.isNominal()) {
      SymbolAxis symbols = new SymbolAxis(feature.name(), feature.labels().toArray(new String[0]));
      symbols.setGridBandsVisible(false);
      symbols.setAutoTickUnitSelection(false);
      symbols.setTickUnit(new NumberTickUnit(1));
      symbols.setVerticalTickLabels(LineCharts.labelRoom(feature) > 0);
      axis = symbols;
    } else {
      NumberAxis numbers = new NumberAxis(feature.name());
      numbers.setAutoRangeIncludesZero(false);
      axis = numbers;
    }
    axis.setRange(edges[0], edges[edges.length - 1]);
    style(axis);
    return axis;
  }

  private static void style(ValueAxis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(Color.BLACK);
    axis.setTickLabelFont(TICK_FONT);
  }
}
