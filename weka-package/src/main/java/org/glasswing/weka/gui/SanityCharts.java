package org.glasswing.weka.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;
import org.glasswing.core.sanity.Agreement;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.report.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The sanity family's views, each under a title that says how to read it: a verdict table per
 * check, the deletion curves of one method at a time (chosen above the chart) against the band of
 * random orders, and the agreement between every pair of methods. The control, input-magnitude, is
 * labelled as expected to fail. Call on the Swing thread.
 */
final class SanityCharts {

  private static final Color MIF = new Color(0xb0, 0x00, 0x20);
  private static final Color LIF = new Color(0x1b, 0x7a, 0x2f);
  private static final Color RANDOM = new Color(0x55, 0x55, 0x55);

  private final JPanel area;
  private final JLabel title;
  private final JComboBox<String> method = new JComboBox<>();
  private SanityChecks.Curves curves;

  SanityCharts(JPanel area, JLabel title) {
    this.area = area;
    this.title = title;
    method.setName("glasswing.faithfulness.method");
    method.addActionListener(
        e -> {
          if (curves != null && method.getSelectedIndex() >= 0) {
            drawCurves(method.getSelectedIndex());
          }
        });
  }

  /** What a check asks and how to read its verdicts. */
  static String reading(String check) {
    return switch (check) {
      case "data-randomization" ->
          "The model is retrained on shuffled classes: explanations that stay alike (high"
              + " similarity) FAIL, because they cannot reflect what the model learnt.";
      case "parameter-randomization" ->
          "The model's coefficients are replaced by random ones: explanations that stay alike"
              + " FAIL.";
      case "stability" ->
          "The same instances are explained with other seeds and with a little input noise:"
              + " explanations that keep their top attributes PASS.";
      case "infidelity" ->
          "Random attributes are replaced by background values: attributions whose sum"
              + " predicts the output's change PASS (lower infidelity is better).";
      default ->
          "Each instance is nudged within the radius: explanations that move little PASS"
              + " (lower sensitivity is better).";
    };
  }

  void showVerdicts(SanityChecks.Verdicts v) {
    title.setText(
        ChartAreas.twoLines(
            "Sanity check " + v.check() + " on the first " + v.rows() + " instances",
            reading(v.check())
                + (v.check().endsWith("randomization")
                    ? " input-magnitude ignores the model: it is the control, expected to FAIL;"
                        + " a method that scores like it tells as little about the model."
                    : " input-magnitude ignores the model: the control shows what a method"
                        + " blind to the model scores here.")));
    table(area, DiagnosticCharts.verdictTable(v.results()), "glasswing.catalogue.verdicts");
  }

  void showCurves(SanityChecks.Curves shown) {
    curves = null;
    method.removeAllItems();
    for (DeletionCurveResult r : shown.results()) {
      method.addItem(r.method());
    }
    curves = shown;
    method.setSelectedIndex(0);
    drawCurves(0);
  }

  private void drawCurves(int index) {
    DeletionCurveResult r = curves.results().get(index);
    title.setText(
        ChartAreas.twoLines(
            "Do the attributes "
                + r.method()
                + " ranks first matter most? Deletion curves over the first "
                + curves.rows()
                + " instances",
            "Attributes are replaced by background values one at a time. Red: most important"
                + " first; green: least important first; grey band: random orders (mean and one"
                + " standard deviation). A faithful method's red curve falls below the band and"
                + " its green one stays above it."));
    JPanel chartArea = new JPanel(new BorderLayout());
    ChartAreas.showChart(chartArea, curveChart(r), 6, ChartAreas.BAR_ROW)
        .setName("glasswing.deletion");
    JPanel tableArea = new JPanel(new BorderLayout());
    table(tableArea, curveTable(curves), "glasswing.deletion.table");
    JPanel chooser = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    chooser.add(new JLabel("Method"));
    chooser.add(method);
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chartArea, tableArea);
    split.setResizeWeight(0.65);
    area.removeAll();
    area.add(chooser, BorderLayout.NORTH);
    area.add(split, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  /** The MIF and LIF curves and the random band, against the attributes removed. */
  static JFreeChart curveChart(DeletionCurveResult r) {
    YIntervalSeries random = new YIntervalSeries("random orders (mean and 1 sd)");
    YIntervalSeries mif = new YIntervalSeries("most important first");
    YIntervalSeries lif = new YIntervalSeries("least important first");
    double[] m = r.mif();
    double[] l = r.lif();
    double[] mean = r.random();
    double[] sd = r.randomSpread();
    for (int k = 0; k < m.length; k++) {
      random.add(k, mean[k], mean[k] - sd[k], mean[k] + sd[k]);
      mif.add(k, m[k], m[k], m[k]);
      lif.add(k, l[k], l[k], l[k]);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(random);
    data.addSeries(mif);
    data.addSeries(lif);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setSeriesPaint(0, RANDOM);
    renderer.setSeriesFillPaint(0, new Color(0xaa, 0xaa, 0xaa));
    renderer.setSeriesStroke(0, new BasicStroke(1.5f));
    renderer.setSeriesPaint(1, MIF);
    renderer.setSeriesStroke(1, new BasicStroke(2.5f));
    renderer.setSeriesPaint(2, LIF);
    renderer.setSeriesStroke(2, new BasicStroke(2.5f));
    renderer.setAlpha(0.35f);
    NumberAxis x = new NumberAxis("attributes replaced by background values");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = new NumberAxis("explained class's probability (mean)");
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** The areas, relevance gain and verdict of every method, as HTML. */
  static String curveTable(SanityChecks.Curves shown) {
    StringBuilder html =
        new StringBuilder(
            "<html><table border=1 cellspacing=0 cellpadding=3><tr><th>method</th>"
                + "<th>area, most important first</th><th>area, least important first</th>"
                + "<th>area, random</th><th>gain (least - most)</th><th>verdict</th>"
                + "<th>why</th></tr>");
    for (DeletionCurveResult r : shown.results()) {
      html.append("<tr><td>")
          .append(methodCell(r.method(), "faithfulness"))
          .append("</td><td>")
          .append(Numbers.format(r.mifAuc()))
          .append("</td><td>")
          .append(Numbers.format(r.lifAuc()))
          .append("</td><td>")
          .append(Numbers.format(r.randomAuc()))
          .append(" &plusmn; ")
          .append(Numbers.format(r.randomAucSpread()))
          .append("</td><td>")
          .append(Numbers.format(r.srg()))
          .append("</td><td><b>")
          .append(r.verdict())
          .append("</b></td><td width='360'>")
          .append(ChartAreas.escape(r.reason()))
          .append("</td></tr>");
    }
    return html.append("</table></html>").toString();
  }

  void showAgreement(SanityChecks.Agreements a) {
    title.setText(
        ChartAreas.twoLines(
            "Do the methods agree on the top "
                + a.k()
                + " attributes of the first "
                + a.rows()
                + " instances?",
            "Each value is the share of agreement, from 0 to 1, averaged over the instances:"
                + " the same attributes in the top k (feature), in the same places (rank), with"
                + " the same signs (sign, signed rank). Low values mean the methods tell different"
                + " stories; trust neither alone. The control ignores the model, so agreeing with"
                + " it is no praise."));
    table(area, agreementTable(a), "glasswing.agreement");
  }

  /** One row per pair of methods, one column per measure, as HTML. */
  static String agreementTable(SanityChecks.Agreements a) {
    StringBuilder html =
        new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3><tr>");
    html.append("<th>method</th><th>compared with</th>");
    for (String measure : Agreement.MEASURES) {
      html.append("<th>").append(measure).append("</th>");
    }
    html.append("</tr>");
    for (Agreement pair : a.pairs()) {
      html.append("<tr><td>")
          .append(methodCell(pair.methodA(), "agreement"))
          .append("</td><td>")
          .append(methodCell(pair.methodB(), "agreement"))
          .append("</td>");
      for (double value : pair.values()) {
        html.append("<td>").append(Numbers.format(value)).append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table></html>").toString();
  }

  private static String methodCell(String name, String test) {
    return ChartAreas.escape(name) + DiagnosticCharts.controlNote(name, test);
  }

  private static void table(JPanel area, String html, String name) {
    JLabel table = new JLabel(html);
    table.setName(name);
    table.setVerticalAlignment(SwingConstants.TOP);
    table.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    ChartAreas.showComponent(area, table);
  }
}
