package org.glasswing.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.LogisticPath;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The path plot of a sparse logistic regression, drawn like {@link SvgCharts}: each input's
 * standardised coefficient against log10 of the penalty (the penalty relaxing to the right), the
 * number of inputs kept at each step as a grey step line on the right axis, the chosen penalty as a
 * solid vertical line and the other rule's as a dashed one, and the inputs largest at the chosen
 * penalty named at the right end of their lines.
 */
public final class PathChart {

  /** The most lines named; the others are drawn but not labelled. */
  public static final int MAX_LABELS = 10;

  private static final int HEIGHT = 420;
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Color KEPT = new Color(0x8c959f);
  private static final Color INK = new Color(0x1f2328);
  private static final Color GRID = new Color(0xd0d7de);
  private static final Color[] PALETTE = {
    new Color(0x0b5cad),
    new Color(0xc0392b),
    new Color(0x1a7f37),
    new Color(0xb35900),
    new Color(0x8250df),
    new Color(0x0a7d8c),
    new Color(0x9a6700),
    new Color(0xbf3989)
  };

  private PathChart() {}

  /**
   * The path plot of one class's path.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param model the model, for the inputs' names
   * @param classPath the path
   * @return an {@code <svg>} element
   */
  public static String plot(String id, SparseLogisticModel model, ClassPath classPath) {
    LogisticPath path = classPath.path();
    int steps = path.steps();
    int p = model.design().size();
    double[] x = new double[steps];
    for (int s = 0; s < steps; s++) {
      x[s] = Math.log10(path.lambda(s));
    }
    XYSeriesCollection coefficients = new XYSeriesCollection();
    List<Integer> drawn = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      XYSeries line = new XYSeries(model.design().name(j) + "#" + j, false, true);
      boolean moves = false;
      for (int s = 0; s < steps; s++) {
        double b = path.beta(s)[j];
        moves |= b != 0;
        line.add(x[s], b);
      }
      if (moves) {
        coefficients.addSeries(line);
        drawn.add(j);
      }
    }
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    lines.setDrawSeriesLineAsPath(true);
    for (int s = 0; s < drawn.size(); s++) {
      lines.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
      lines.setSeriesStroke(s, new BasicStroke(1.8f));
    }
    NumberAxis lambdaAxis = new NumberAxis("log10 lambda (penalty relaxes to the right)");
    lambdaAxis.setInverted(true);
    lambdaAxis.setAutoRangeIncludesZero(false);
    lambdaAxis.setRange(x[steps - 1], x[0]);
    style(lambdaAxis);
    NumberAxis coefficientAxis = new NumberAxis("coefficient per standard deviation");
    style(coefficientAxis);
    XYPlot plot = new XYPlot(coefficients, lambdaAxis, coefficientAxis, lines);

    XYSeries kept = new XYSeries("inputs kept", false, true);
    for (int s = 0; s < steps; s++) {
      kept.add(x[s], path.kept(s));
    }
    NumberAxis keptAxis = new NumberAxis("inputs kept");
    style(keptAxis);
    keptAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    keptAxis.setRange(0, Math.max(1, p) * 1.05);
    XYStepRenderer step = new XYStepRenderer();
    step.setSeriesPaint(0, KEPT);
    step.setSeriesStroke(
        0,
        new BasicStroke(
            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
    plot.setRangeAxis(1, keptAxis);
    plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    plot.setDataset(1, new XYSeriesCollection(kept));
    plot.setRenderer(1, step);
    plot.mapDatasetToRangeAxis(1, 1);

    int chosen = classPath.chosen();
    int other =
        chosen == classPath.choice().minimum()
            ? classPath.choice().oneStandardError()
            : classPath.choice().minimum();
    plot.addDomainMarker(marker(x[chosen], "chosen", null));
    if (other != chosen) {
      plot.addDomainMarker(
          marker(
              x[other],
              other == classPath.choice().minimum() ? "min" : "1se",
              new float[] {5f, 4f}));
    }
    label(plot, model, path, drawn, x[steps - 1], chosen);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinePaint(GRID);
    plot.setInsets(new RectangleInsets(4, 4, 4, 16));
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, false);
    return SvgCharts.toSvg(id, chart, HEIGHT);
  }

  /** Names the lines largest at the chosen step at the relaxed end of the path. */
  private static void label(
      XYPlot plot,
      SparseLogisticModel model,
      LogisticPath path,
      List<Integer> drawn,
      double end,
      int chosen) {
    double[] atChosen = path.beta(chosen);
    double[] last = path.beta(path.steps() - 1);
    List<Integer> named = new ArrayList<>(drawn);
    named.sort(
        Comparator.<Integer>comparingDouble(j -> -Math.abs(atChosen[j]))
            .thenComparingDouble(j -> -Math.abs(last[j])));
    for (int i = 0; i < Math.min(MAX_LABELS, named.size()); i++) {
      int j = named.get(i);
      XYTextAnnotation text = new XYTextAnnotation(model.design().name(j), end, last[j]);
      text.setFont(NAME_FONT);
      text.setPaint(PALETTE[drawn.indexOf(j) % PALETTE.length]);
      text.setTextAnchor(TextAnchor.CENTER_RIGHT);
      plot.addAnnotation(text);
    }
  }

  private static ValueMarker marker(double at, String label, float[] dash) {
    ValueMarker m =
        new ValueMarker(
            at,
            INK,
            new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
    m.setLabel(label);
    m.setLabelFont(NAME_FONT);
    m.setLabelPaint(INK);
    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    return m;
  }

  private static void style(NumberAxis axis) {
    axis.setLabelFont(LABEL_FONT);
    axis.setLabelPaint(Color.BLACK);
    axis.setTickLabelFont(TICK_FONT);
  }
}
