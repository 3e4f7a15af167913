package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingConstants;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.report.Numbers;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * Calibrators compared: one reliability diagram per stage (the model, then each calibrator) with
 * its ECE, over a table of every metric. Call on the Swing thread.
 */
final class CalibrationCharts {

  private CalibrationCharts() {}

  static void show(JPanel area, JLabel title, CalibrationAnalysis.Compared c) {
    CalibrationMetrics model = c.byName().get(CalibrationAnalysis.MODEL);
    String best = CalibrationAnalysis.MODEL;
    for (Map.Entry<String, CalibrationMetrics> e : c.byName().entrySet()) {
      best = e.getValue().ece() < c.byName().get(best).ece() ? e.getKey() : best;
    }
    title.setText(
        ChartAreas.twoLines(
            "Are the probabilities calibrated, and which calibrator corrects them best? ("
                + c.folds()
                + "-fold cross-validation over "
                + model.rows()
                + " instances; lowest ECE: "
                + best
                + ")",
            "One reliability diagram per calibrator, each fitted on other folds than it is"
                + " measured on. Points on the dashed diagonal are perfectly calibrated; below it"
                + " the model is overconfident. ECE is the mean gap; a calibrator that does not"
                + " lower it is not worth using."));
    int n = c.byName().size();
    JPanel grid = new JPanel(new GridLayout(n > 2 ? 2 : 1, n > 2 ? (n + 1) / 2 : n, 4, 4));
    for (Map.Entry<String, CalibrationMetrics> e : c.byName().entrySet()) {
      JPanel cell = new JPanel(new BorderLayout());
      JLabel caption =
          new JLabel(
              e.getKey() + ": ECE " + Numbers.format(e.getValue().ece()), SwingConstants.CENTER);
      cell.add(caption, BorderLayout.NORTH);
      JFreeChart diagram = DiagnosticCharts.reliabilityChart(e.getValue());
      diagram.removeLegend(); // the title says the dashed diagonal is perfect calibration
      ChartPanel chart = new ChartPanel(diagram);
      chart.setName("glasswing.reliability." + e.getKey());
      chart.setMinimumDrawWidth(10);
      chart.setMinimumDrawHeight(10);
      chart.setMaximumDrawWidth(4000);
      chart.setMaximumDrawHeight(4000);
      cell.add(chart, BorderLayout.CENTER);
      grid.add(cell);
    }
    JLabel table = new JLabel(table(c));
    table.setName("glasswing.calibration.table");
    table.setVerticalAlignment(SwingConstants.TOP);
    table.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    JPanel tableArea = new JPanel(new BorderLayout());
    ChartAreas.showComponent(tableArea, table);
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, grid, tableArea);
    split.setResizeWeight(0.8);
    area.removeAll();
    area.add(split, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  /** Every metric of every stage, as HTML: lower is better for all but accuracy. */
  static String table(CalibrationAnalysis.Compared c) {
    StringBuilder html =
        new StringBuilder(
            "<html><table border=1 cellspacing=0 cellpadding=3><tr><th>probabilities</th>"
                + "<th>accuracy</th><th>ECE</th><th>ECE (equal mass)</th><th>MCE</th>"
                + "<th>classwise ECE</th><th>Brier</th><th>log-loss</th></tr>");
    for (Map.Entry<String, CalibrationMetrics> e : c.byName().entrySet()) {
      CalibrationMetrics m = e.getValue();
      html.append("<tr><td>").append(e.getKey());
      for (double v :
          new double[] {
            m.accuracy(), m.ece(), m.eceEqualMass(), m.mce(), m.classwiseEce(), m.brier(), m.nll()
          }) {
        html.append("</td><td>").append(Numbers.format(v));
      }
      html.append("</td></tr>");
    }
    return html.append("</table></html>").toString();
  }
}
