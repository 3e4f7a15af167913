package org.glasswing.knime.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Component;
import java.awt.Container;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import org.glasswing.knime.examples.ExampleTables;
import org.glasswing.knime.shapley.ShapleyLoopEndNodeFactory;
import org.glasswing.knime.shapley.ShapleyLoopEndNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopStartNodeModel;
import org.jfree.chart.ChartPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;

/**
 * The Shapley loop end's view shows the mean |attribution| of the result table's rows and the first
 * row's waterfall, and shows the same after its data is saved and loaded into a fresh model (a
 * workflow reload).
 */
class AttributionViewTest {

  /** A regression "predictor": y = a + 2 b - c, as a "Prediction (y)" column. */
  static final class LinearPredictor extends NodeModel {
    LinearPredictor() {
      super(1, 1);
    }

    private static DataTableSpec spec(DataTableSpec in) {
      return new DataTableSpec(
          in,
          new DataTableSpec(
              new String[] {"Prediction (y)"},
              new org.knime.core.data.DataType[] {DoubleCell.TYPE}));
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) {
      return new DataTableSpec[] {spec(inSpecs[0])};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) {
      var out = exec.createDataContainer(spec(inData[0].getDataTableSpec()));
      for (DataRow row : inData[0]) {
        List<org.knime.core.data.DataCell> cells = new ArrayList<>();
        row.forEach(cells::add);
        double a = ((DoubleValue) row.getCell(0)).getDoubleValue();
        double b = ((DoubleValue) row.getCell(1)).getDoubleValue();
        double c = ((DoubleValue) row.getCell(2)).getDoubleValue();
        cells.add(new DoubleCell(a + 2 * b - c));
        out.addRowToTable(new DefaultRow(row.getKey(), cells));
      }
      out.close();
      return new BufferedDataTable[] {out.getTable()};
    }

    @Override
    protected void reset() {}

    @Override
    protected void saveSettingsTo(NodeSettingsWO settings) {}

    @Override
    protected void validateSettings(NodeSettingsRO settings) {}

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settings) {}

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
  }

  private static <C> List<C> find(Component root, Class<C> type) {
    List<C> found = new ArrayList<>();
    if (type.isInstance(root)) {
      found.add(type.cast(root));
    }
    if (root instanceof Container c) {
      for (Component child : c.getComponents()) {
        found.addAll(find(child, type));
      }
    }
    return found;
  }

  @Test
  void theViewShowsTheResultAndReopensAfterAReload(@TempDir Path dir) throws Exception {
    ShapleyLoopEndNodeFactory factory = new ShapleyLoopEndNodeFactory();
    ShapleyLoopEndNodeModel end = factory.createNodeModel();
    assertThat(NodeHarness.views(factory)).isEqualTo(1);
    NodeView<ShapleyLoopEndNodeModel> view = factory.createNodeView(0, end);
    assertThat(NodeHarness.refreshView(view)).isInstanceOf(JLabel.class);
    double[][] x = ExampleTables.clusters(6, 2);
    BufferedDataTable out =
        new NodeHarness()
            .runLoop(
                new ShapleyLoopStartNodeModel(),
                new BufferedDataTable[] {
                  ExampleTables.table(x, "e"),
                  ExampleTables.table(ExampleTables.clusters(4, 3), "b")
                },
                new LinearPredictor(),
                end)
            .outputs()[0];
    AttributionSummary shown = end.attributionSummary();
    assertThat(shown.output()).isEqualTo("Prediction (y)");
    assertThat(shown.features()).containsExactly("a", "b", "c");
    List<DataRow> rows = ExampleTables.rows(out);
    for (int f = 0; f < 3; f++) {
      double mean = 0;
      for (DataRow row : rows) {
        mean += Math.abs(((DoubleValue) row.getCell(f)).getDoubleValue()) / rows.size();
      }
      assertThat(shown.meanAbsolute()[f]).isCloseTo(mean, within(1e-12));
    }
    assertThat(shown.rowKey()).isEqualTo("e0");
    assertThat(find(NodeHarness.refreshView(view), ChartPanel.class)).hasSize(2);

    NodeHarness.saveInternals(end, dir.toFile());
    assertThat(Files.list(dir)).hasSize(1);
    ShapleyLoopEndNodeModel reloaded = factory.createNodeModel();
    NodeHarness.loadInternals(reloaded, dir.toFile());
    AttributionSummary again = reloaded.attributionSummary();
    assertThat(again.features()).isEqualTo(shown.features());
    assertThat(again.meanAbsolute()).containsExactly(shown.meanAbsolute());
    assertThat(again.attributions()).containsExactly(shown.attributions());
    assertThat(again.baseValue()).isEqualTo(shown.baseValue());
    assertThat(find(NodeHarness.refreshView(factory.createNodeView(0, reloaded)), ChartPanel.class))
        .hasSize(2);
  }
}
