package org.glasswing.knime.uncertainty;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableModel;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.glasswing.report.Numbers;
import org.glasswing.report.SvgCharts;
import org.jfree.chart.ChartPanel;
import org.knime.core.node.NodeView;

/**
 * The Calibration Scorer's view: the reliability diagram of the last execution (mean confidence
 * against accuracy per non-empty bin, over the diagonal of perfect calibration) above a table of
 * its metrics. Before the node executes (and after a reset or a reload) it shows a one-line hint.
 */
public final class CalibrationScorerNodeView extends NodeView<CalibrationScorerNodeModel> {

  /** What the view says while there is nothing to show. */
  static final String EMPTY = "Execute the node to see its reliability diagram.";

  /**
   * Creates the view and shows the model's current state.
   *
   * @param nodeModel the model
   */
  public CalibrationScorerNodeView(CalibrationScorerNodeModel nodeModel) {
    super(nodeModel);
    modelChanged();
  }

  @Override
  protected void modelChanged() {
    CalibrationMetrics m = getNodeModel().lastMetrics();
    setComponent(m == null ? new JLabel(EMPTY, SwingConstants.CENTER) : panel(m));
  }

  @Override
  protected void onOpen() {}

  @Override
  protected void onClose() {}

  /**
   * The chart above the metrics table.
   *
   * @param m the metrics
   * @return the panel
   */
  static Component panel(CalibrationMetrics m) {
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("model", points(m.reliability()));
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(new ChartPanel(SvgCharts.reliabilityDiagramChart(series)), BorderLayout.CENTER);
    DefaultTableModel table = new DefaultTableModel(new Object[] {"Measure", "Value"}, 0);
    table.addRow(new Object[] {"rows", Numbers.count(m.rows())});
    table.addRow(new Object[] {"accuracy", Numbers.format(m.accuracy())});
    table.addRow(new Object[] {"ECE (equal-width bins)", Numbers.format(m.ece())});
    table.addRow(new Object[] {"ECE (equal-mass bins)", Numbers.format(m.eceEqualMass())});
    table.addRow(new Object[] {"MCE", Numbers.format(m.mce())});
    table.addRow(new Object[] {"class-wise ECE", Numbers.format(m.classwiseEce())});
    table.addRow(new Object[] {"Brier", Numbers.format(m.brier())});
    table.addRow(new Object[] {"NLL", Numbers.format(m.nll())});
    JTable metrics = new JTable(table);
    metrics.setDefaultEditor(Object.class, null);
    JScrollPane scroll = new JScrollPane(metrics);
    scroll.setPreferredSize(new java.awt.Dimension(360, 170));
    panel.add(scroll, BorderLayout.SOUTH);
    return panel;
  }

  /**
   * The diagram's points: {mean confidence, accuracy} per bin (empty bins are NaN and skipped).
   *
   * @param bins the reliability bins
   * @return the points
   */
  static double[][] points(List<ReliabilityBin> bins) {
    double[][] points = new double[bins.size()][];
    for (int b = 0; b < bins.size(); b++) {
      points[b] = new double[] {bins.get(b).meanConfidence(), bins.get(b).accuracy()};
    }
    return points;
  }
}
