package org.glasswing.knime.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.embedding.RowMap;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

/**
 * The Row Map node appends the coordinates the core's {@link RowMap} draws for the same rows and
 * settings, for every method, keeps rows and keys, pushes the trustworthiness, names a bad setting
 * and stops when cancelled.
 */
class MapNodeTest {

  private static MapNodeModel node(String method, int seed) throws InvalidSettingsException {
    MapNodeModel node = new MapNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(node);
    settings.addString("method", method);
    settings.addInt("iterations", 250);
    settings.addDouble("perplexity", 5);
    settings.addInt("neighbours", 3);
    settings.addInt("seed", seed);
    NodeHarness.applySettings(node, settings);
    return node;
  }

  @Test
  void everyMethodGivesTheCoresMap() throws Exception {
    double[][] x = ExampleTables.clusters(24, 5);
    Dataset data = ExampleTables.dataset(x);
    for (String method : List.of("pca", "mds", "tsne")) {
      MapNodeModel node = node(method, 7);
      NodeHarness harness = new NodeHarness();
      NodeHarness.configure(node, ExampleTables.table(x, "r").getDataTableSpec());
      BufferedDataTable out = harness.execute(node, ExampleTables.table(x, "r"))[0];
      RowMap.Result direct =
          RowMap.of(
              data,
              data,
              new RowMap.Settings(
                  RowMap.Method.parse(method), RowDistance.Kind.GOWER, 5, 250, 7, 3),
              ProgressListener.NONE,
              CancellationToken.NONE);
      List<DataRow> rows = ExampleTables.rows(out);
      assertThat(rows).hasSize(24);
      for (int r = 0; r < 24; r++) {
        assertThat(rows.get(r).getKey().getString()).isEqualTo("r" + r);
        assertThat(((DoubleValue) rows.get(r).getCell(3)).getDoubleValue())
            .as("%s row %d", method, r)
            .isEqualTo(direct.embedding().coordinates()[r][0]);
        assertThat(((DoubleValue) rows.get(r).getCell(4)).getDoubleValue())
            .isEqualTo(direct.embedding().coordinates()[r][1]);
      }
      assertThat(node.peekFlowVariableDouble(MapNodeModel.TRUSTWORTHINESS))
          .isEqualTo(direct.trustworthiness())
          .isBetween(0.0, 1.0);
    }
  }

  @Test
  void aBadSettingIsNamedAtConfigureAndCancellingStops() throws Exception {
    MapNodeModel node = new MapNodeModel();
    NodeSettings bad = NodeHarness.settingsOf(node);
    bad.addDouble("perplexity", -1);
    assertThatThrownBy(() -> NodeHarness.applySettings(node, bad))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("perplexity");
    double[][] x = ExampleTables.clusters(40, 2);
    MapNodeModel tsne = node("tsne", 1);
    NodeHarness harness = new NodeHarness();
    harness.cancel();
    assertThatThrownBy(() -> harness.execute(tsne, ExampleTables.table(x, "r")))
        .isInstanceOf(CanceledExecutionException.class);
  }
}
