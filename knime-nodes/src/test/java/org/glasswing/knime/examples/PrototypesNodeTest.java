package org.glasswing.knime.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.PrototypeSet;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

/**
 * Prototypes and Criticisms lists the rows the core's MMD-critic chooses for the same rows and
 * settings, one prototype in each of two well-separated clusters, and names a per-class scope
 * without a class column.
 */
class PrototypesNodeTest {

  @Test
  void theGlobalPrototypesAreTheCoresOnePerCluster() throws Exception {
    double[][] x = ExampleTables.clusters(20, 6);
    PrototypesNodeModel node = new PrototypesNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(node);
    settings.addString("scope", "global");
    settings.addInt("prototypes", 2);
    settings.addInt("criticisms", 1);
    NodeHarness.applySettings(node, settings);
    BufferedDataTable out = new NodeHarness().execute(node, ExampleTables.table(x, "r"))[0];
    PrototypeSet direct =
        new MmdCritic(RowDistance.gower(ExampleTables.dataset(x)), 2, 1, Double.NaN, 1)
            .global(ExampleTables.dataset(x), ProgressListener.NONE, CancellationToken.NONE);
    List<DataRow> rows = ExampleTables.rows(out);
    assertThat(rows).hasSize(3);
    for (int i = 0; i < 2; i++) {
      assertThat(rows.get(i).getKey().getString()).isEqualTo("r" + direct.prototypes().get(i));
      assertThat(((StringValue) rows.get(i).getCell(3)).getStringValue()).isEqualTo("prototype");
    }
    assertThat(rows.get(2).getKey().getString()).isEqualTo("r" + direct.criticisms().get(0));
    // one prototype from each cluster (rows 0-9 and 10-19)
    assertThat(direct.prototypes().stream().map(p -> p < 10).distinct()).hasSize(2);
  }

  @Test
  void perClassWithoutAClassColumnIsNamed() {
    assertThatThrownBy(
            () ->
                NodeHarness.configure(
                    new PrototypesNodeModel(),
                    ExampleTables.table(ExampleTables.clusters(4, 1), "r").getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'scope'")
        .hasMessageContaining("class column");
  }
}
