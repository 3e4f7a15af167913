package org.glasswing.knime.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.knime.examples.ExampleTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

/**
 * The OOD Scorer appends the core's scores for the same training rows and k; a row far from the
 * training clusters lies beyond every training row (percentile 100); a missing column and a k the
 * training rows cannot serve are named.
 */
class OodScorerNodeTest {

  @Test
  void theScoresAreTheCoresAndAFarRowIsBeyondEveryTrainingRow() throws Exception {
    double[][] training = ExampleTables.clusters(30, 3);
    double[][] scored = Arrays.copyOf(ExampleTables.clusters(6, 4), 7);
    scored[6] = new double[] {20, -20, 20};
    OodScorerNodeModel node = new OodScorerNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(node);
    settings.addInt("neighbours", 3);
    NodeHarness.applySettings(node, settings);
    BufferedDataTable out =
        new NodeHarness()
            .execute(node, ExampleTables.table(training, "t"), ExampleTables.table(scored, "s"))[0];
    List<OutOfDistribution.Score> direct =
        OutOfDistribution.fit(ExampleTables.dataset(training), 3)
            .score(ExampleTables.dataset(scored), org.glasswing.core.engine.CancellationToken.NONE);
    List<DataRow> rows = ExampleTables.rows(out);
    assertThat(rows).hasSize(7);
    for (int r = 0; r < 7; r++) {
      assertThat(rows.get(r).getKey().getString()).isEqualTo("s" + r);
      OutOfDistribution.Score s = direct.get(r);
      double[] expected = {
        s.knnDistance(), s.knnPercentile(), s.mahalanobis(), s.mahalanobisPercentile()
      };
      for (int c = 0; c < 4; c++) {
        assertThat(((DoubleValue) rows.get(r).getCell(3 + c)).getDoubleValue())
            .as("row %d %s", r, OodScorerNodeModel.COLUMNS.get(c))
            .isEqualTo(expected[c]);
      }
    }
    assertThat(((DoubleValue) rows.get(6).getCell(4)).getDoubleValue()).isEqualTo(100);
    assertThat(((DoubleValue) rows.get(6).getCell(6)).getDoubleValue()).isEqualTo(100);
  }

  @Test
  void aMissingColumnAndATooLargeKAreNamed() throws Exception {
    DataTableSpec training =
        ExampleTables.table(ExampleTables.clusters(4, 1), "t").getDataTableSpec();
    DataTableSpec partial =
        new DataTableSpec(
            new String[] {"a", "b"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    assertThatThrownBy(() -> NodeHarness.configure(new OodScorerNodeModel(), training, partial))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("scored table (port 2)")
        .hasMessageContaining("'c'")
        .hasMessageContaining("it needs the training table's columns")
        .hasMessageNotContaining("explained");
    DataTableSpec wrongKind =
        new DataTableSpec(
            new String[] {"a", "b", "c"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});
    assertThatThrownBy(() -> NodeHarness.configure(new OodScorerNodeModel(), training, wrongKind))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("numeric column in the training table (port 1)")
        .hasMessageNotContaining("explained");
    OodScorerNodeModel node = new OodScorerNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(node);
    settings.addInt("neighbours", 4);
    NodeHarness.applySettings(node, settings);
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .execute(
                        node,
                        ExampleTables.table(ExampleTables.clusters(4, 1), "t"),
                        ExampleTables.table(ExampleTables.clusters(2, 2), "s")))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'neighbours'");
  }
}
