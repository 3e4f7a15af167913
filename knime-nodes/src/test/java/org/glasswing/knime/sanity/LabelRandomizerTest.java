package org.glasswing.knime.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Permutations;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

class LabelRandomizerTest {

  private static BufferedDataTable table() {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x", "label"}, new DataType[] {DoubleCell.TYPE, StringCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < 30; r++) {
      rows.add(new DefaultRow("k" + r, new DoubleCell(r), new StringCell("L" + r)));
    }
    return NodeHarness.table(spec, rows);
  }

  private static LabelRandomizerNodeModel model(String target, int seed)
      throws InvalidSettingsException {
    LabelRandomizerNodeModel model = new LabelRandomizerNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(model);
    settings.addString("targetColumn", target);
    settings.addInt("seed", seed);
    NodeHarness.applySettings(model, settings);
    return model;
  }

  @Test
  void theTargetIsPermutedWithTheSeedEverythingElseStays() throws Exception {
    NodeHarness harness = new NodeHarness();
    BufferedDataTable out = harness.execute(model("label", 4), table())[0];
    int[] order = Permutations.random(30, 4);
    List<String> labels = new ArrayList<>();
    int r = 0;
    for (DataRow row : out) {
      assertThat(row.getKey().getString()).isEqualTo("k" + r);
      assertThat(((DoubleCell) row.getCell(0)).getDoubleValue()).isEqualTo(r);
      assertThat(row.getCell(1).toString()).isEqualTo("L" + order[r]);
      labels.add(row.getCell(1).toString());
      r++;
    }
    assertThat(labels).doesNotHaveDuplicates().hasSize(30).isNotEqualTo(sorted(labels));
    assertThat(harness.progress()).contains(1.0);
    BufferedDataTable again = new NodeHarness().execute(model("label", 4), table())[0];
    List<String> second = new ArrayList<>();
    again.forEach(row -> second.add(row.getCell(1).toString()));
    assertThat(second).isEqualTo(labels);
  }

  @Test
  void aMissingTargetColumnIsNamed() throws Exception {
    DataTableSpec spec = table().getDataTableSpec();
    assertThatThrownBy(() -> NodeHarness.configure(model("class", 1), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("target column 'class' is not in the input table");
    assertThatThrownBy(() -> NodeHarness.configure(model("", 1), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("no target column");
  }

  private static List<String> sorted(List<String> labels) {
    List<String> copy = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      copy.add("L" + i);
    }
    return copy;
  }
}
