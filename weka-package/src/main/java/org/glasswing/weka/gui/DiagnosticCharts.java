package org.glasswing.weka.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.glasswing.core.global.Profile;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.glasswing.report.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws the Explain tab's further views with JFreeChart, like the importance and waterfall. */
final class DiagnosticCharts {

  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Color ICE = new Color(150, 150, 150, 90);
  private static final Color PDP = new Color(0x1f, 0x5f, 0xa8);
  private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

  private DiagnosticCharts() {}

  /** ICE curves as thin translucent grey lines, the PDP as a thick blue line on top. */
  static JFreeChart profileChart(Profile profile, String yLabel, boolean probability) {
    XYSeriesCollection data = new XYSeriesCollection();
    double[] grid = profile.grid();
    double[] pdp = profile.pdp();
    XYSeries mean = new XYSeries("partial dependence (mean)", false, true);
    for (int g = 0; g < grid.length; g++) {
      mean.add(grid[g], pdp[g]);
    }
    data.addSeries(mean);
    double[][] ice = profile.ice();
    for (int r = 0; r < ice.length; r++) {
      XYSeries curve = new XYSeries("ice " + r, false, true);
      for (int g = 0; g < grid.length; g++) {
        curve.add(grid[g], ice[r][g]);
      }
      data.addSeries(curve);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, PDP);
    renderer.setSeriesStroke(0, new BasicStroke(3.5f));
    renderer.setSeriesVisibleInLegend(0, true);
    for (int s = 1; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, ICE);
      renderer.setSeriesStroke(s, new BasicStroke(1f));
      renderer.setSeriesVisibleInLegend(s, false);
    }
    boolean nominal = profile.feature().isNominal();
    if (nominal) {
      // One marker per category on the mean only; ICE markers of varying shapes are noise.
      renderer.setSeriesShapesVisible(0, true);
      renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
    }
    ValueAxis x =
        nominal
            ? new SymbolAxis(
                profile.feature().name(), profile.feature().labels().toArray(String[]::new))
            : new NumberAxis(profile.feature().name());
    if (x instanceof NumberAxis number) {
      number.setAutoRangeIncludesZero(false);
    }
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(false);
    if (probability) {
      y.setRange(0, 1);
    }
    XYPlot plot = plot(data, x, y, renderer);
    // Draw the mean last so the grey curves do not cover it.
    plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
    return chart(plot, true);
  }

  /**
   * The reliability diagram: the accuracy against the mean confidence of each non-empty bin, with
   * the diagonal of perfect calibration.
   */
  static JFreeChart reliabilityChart(CalibrationMetrics metrics) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries bins = new XYSeries("cross-validated predictions", false, true);
    for (ReliabilityBin bin : metrics.reliability()) {
      if (bin.count() > 0) {
        bins.add(bin.meanConfidence(), bin.accuracy());
      }
    }
    XYSeries diagonal = new XYSeries("perfectly calibrated", false, true);
    diagonal.add(0, 0);
    diagonal.add(1, 1);
    data.addSeries(bins);
    data.addSeries(diagonal);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, PDP);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    renderer.setSeriesPaint(1, Color.GRAY);
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesStroke(
        1,
        new BasicStroke(
            1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    NumberAxis x = new NumberAxis("confidence (predicted class's probability)");
    x.setRange(0, 1);
    NumberAxis y = new NumberAxis("accuracy (share predicted correctly)");
    y.setRange(0, 1);
    return chart(plot(data, x, y, renderer), true);
  }

  /**
   * The verdicts as an HTML table: one row per method and measure, coloured by verdict; the control
   * (input-magnitude) is labelled as expected to fail.
   */
  static String verdictTable(List<CheckResult> results) {
    StringBuilder html =
        new StringBuilder(
            "<html><table cellpadding='4'><tr><th align='left'>Method</th>"
                + "<th align='left'>Measure</th><th align='right'>Value</th>"
                + "<th align='left'>Verdict</th><th align='left'>Why</th></tr>");
    boolean tests = results.stream().map(CheckResult::test).distinct().count() > 1;
    for (CheckResult r : results) {
      String colour =
          switch (r.verdict()) {
            case PASS -> "#1b7a2f";
            case WARN -> "#a86400";
            case FAIL -> "#b00020";
          };
      html.append("<tr><td>")
          .append(escape(r.method()))
          .append(controlNote(r.method(), r.test()))
          .append("</td><td>")
          .append(tests ? escape(r.test()) + ": " : "")
          .append(escape(r.measure()))
          .append("</td><td align='right'>")
          .append(Numbers.format(r.value()))
          .append("</td><td><b><font color='")
          .append(colour)
          .append("'>")
          .append(r.verdict())
          .append("</font></b></td><td width='420'>")
          .append(escape(r.reason()))
          .append("</td></tr>");
    }
    return html.append("</table></html>").toString();
  }

  /**
   * The label under the control's name: it ignores the model, so it is expected to fail the
   * randomisation tests (which look for that), and only described under the other checks.
   */
  static String controlNote(String method, String test) {
    if (!method.equals(InputMagnitudeExplainer.METHOD)) {
      return "";
    }
    return test.endsWith("randomization")
        ? "<br><i>control: expected to fail</i>"
        : "<br><i>control: ignores the model</i>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static XYPlot plot(
      XYSeriesCollection data, ValueAxis x, NumberAxis y, XYLineAndShapeRenderer renderer) {
    x.setLabelFont(LABEL_FONT);
    y.setLabelFont(LABEL_FONT);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    return plot;
  }

  private static JFreeChart chart(XYPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, LABEL_FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    // Room on the right for the last tick label.
    chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 16));
    return chart;
  }
}
