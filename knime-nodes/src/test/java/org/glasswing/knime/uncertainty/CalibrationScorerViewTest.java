package org.glasswing.knime.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glasswing.knime.uncertainty.PredictionTables.configured;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeView;

/** The Calibration Scorer's view shows the executed model's reliability bins and metrics. */
class CalibrationScorerViewTest {

  @Test
  void theViewDrawsTheReliabilityBinsOfTheLastExecution() throws Exception {
    double[][] p = PredictionTables.probabilities(300, 3);
    int[] y = PredictionTables.actual(p, 3);
    CalibrationScorerNodeFactory factory = new CalibrationScorerNodeFactory();
    CalibrationScorerNodeModel model =
        configured(factory.createNodeModel(), "classColumn", "class", "bins", "int:10");
    assertThat(NodeHarness.views(factory)).isEqualTo(1);
    NodeView<CalibrationScorerNodeModel> view = factory.createNodeView(0, model);
    assertThat(NodeHarness.refreshView(view)).isInstanceOf(JLabel.class);

    new NodeHarness().execute(model, PredictionTables.table(p, y));
    Component shown = NodeHarness.refreshView(view);

    CalibrationMetrics m =
        CalibrationMetrics.of(new ClassPredictions(PredictionTables.LABELS, p, y), 10);
    List<double[]> expected = new ArrayList<>();
    for (ReliabilityBin bin : m.reliability()) {
      if (bin.count() > 0) {
        expected.add(new double[] {bin.meanConfidence(), bin.accuracy()});
      }
    }
    assertThat(expected.size()).isGreaterThan(2);
    List<ChartPanel> charts = find(shown, ChartPanel.class);
    assertThat(charts).hasSize(1);
    XYDataset data = ((XYPlot) charts.get(0).getChart().getPlot()).getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getItemCount(1)).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(data.getXValue(1, i)).isEqualTo(expected.get(i)[0]);
      assertThat(data.getYValue(1, i)).isEqualTo(expected.get(i)[1]);
    }
    List<JTable> tables = find(shown, JTable.class);
    assertThat(tables).hasSize(1);
    assertThat(tables.get(0).getValueAt(2, 0)).isEqualTo("ECE (equal-width bins)");
    assertThat(Double.parseDouble((String) tables.get(0).getValueAt(2, 1)))
        .isCloseTo(m.ece(), org.assertj.core.data.Offset.offset(m.ece() * 0.01));

    model.reset();
    assertThat(NodeHarness.refreshView(view)).isInstanceOf(JLabel.class);
  }

  @Test
  void theViewReopensWithTheSameMetricsAfterAReload(@TempDir Path dir) throws Exception {
    double[][] p = PredictionTables.probabilities(200, 5);
    int[] y = PredictionTables.actual(p, 5);
    CalibrationScorerNodeFactory factory = new CalibrationScorerNodeFactory();
    CalibrationScorerNodeModel model =
        configured(factory.createNodeModel(), "classColumn", "class", "bins", "int:10");
    new NodeHarness().execute(model, PredictionTables.table(p, y));
    NodeHarness.saveInternals(model, dir.toFile());
    CalibrationScorerNodeModel reloaded = factory.createNodeModel();
    assertThat(reloaded.lastMetrics()).isNull();
    NodeHarness.loadInternals(reloaded, dir.toFile());
    assertThat(reloaded.lastMetrics()).isEqualTo(model.lastMetrics());
    assertThat(find(NodeHarness.refreshView(factory.createNodeView(0, reloaded)), ChartPanel.class))
        .hasSize(1);
  }

  @Test
  void onlyViewZeroExists() {
    CalibrationScorerNodeFactory factory = new CalibrationScorerNodeFactory();
    assertThatThrownBy(() -> factory.createNodeView(1, factory.createNodeModel()))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  private static <C> List<C> find(Component root, Class<C> type) {
    List<C> found = new ArrayList<>();
    if (type.isInstance(root)) {
      found.add(type.cast(root));
    }
    if (root instanceof Container container) {
      for (Component child : container.getComponents()) {
        found.addAll(find(child, type));
      }
    }
    return found;
  }
}
