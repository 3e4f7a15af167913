package org.glasswing.knime.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.sanity.SimilarityMeasure;
import org.glasswing.core.sanity.Verdict;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

class ExplanationComparerTest {

  private static final String[] COLUMNS = {
    "a [P (c=y)]", "b [P (c=y)]", "c [P (c=y)]", "d [P (c=y)]", "base value [P (c=y)]"
  };

  /** One row per vector, keys "r0", "r1", ...; the base value column holds noise to be ignored. */
  private static BufferedDataTable table(double[][] vectors, int[] order) {
    DataType[] types = new DataType[COLUMNS.length];
    java.util.Arrays.fill(types, DoubleCell.TYPE);
    List<DataRow> rows = new ArrayList<>();
    for (int r : order) {
      DataCell[] cells = new DataCell[COLUMNS.length];
      for (int c = 0; c < 4; c++) {
        cells[c] = new DoubleCell(vectors[r][c]);
      }
      cells[4] = new DoubleCell(100 * r + order.length);
      rows.add(new DefaultRow("r" + r, cells));
    }
    return NodeHarness.table(new DataTableSpec(COLUMNS, types), rows);
  }

  private static ExplanationComparerNodeModel model(String columns, int k)
      throws InvalidSettingsException {
    ExplanationComparerNodeModel model = new ExplanationComparerNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(model);
    settings.addString("attributionColumns", columns);
    settings.addInt("top-k", k);
    NodeHarness.applySettings(model, settings);
    return model;
  }

  private static double[][] random(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] v = new double[rows][4];
    for (double[] row : v) {
      for (int c = 0; c < 4; c++) {
        row[c] = random.nextDouble(-1, 1);
      }
    }
    return v;
  }

  @Test
  void identicalExplanationsAreSimilarByEveryMeasureAndFail() throws Exception {
    double[][] a = random(5, 1);
    NodeHarness harness = new NodeHarness();
    BufferedDataTable[] out =
        harness.execute(
            model("", 2), table(a, new int[] {0, 1, 2, 3, 4}), table(a, new int[] {4, 3, 2, 1, 0}));
    for (DataRow row : out[0]) {
      for (int m = 0; m < 4; m++) {
        assertThat(((DoubleValue) row.getCell(m)).getDoubleValue()).isCloseTo(1, within(1e-12));
      }
    }
    for (DataRow row : out[1]) {
      assertThat(row.getCell(3).toString()).isEqualTo(Verdict.FAIL.name());
    }
    assertThat(harness.progress()).contains(1.0);
  }

  @Test
  void eachRowGivesTheCoresSimilaritiesMatchedByKeyAndTheMeanGivesTheVerdict() throws Exception {
    double[][] a = random(6, 2);
    double[][] b = random(6, 3);
    b[0] = new double[] {-a[0][0], -a[0][1], -a[0][2], -a[0][3]};
    BufferedDataTable[] out =
        new NodeHarness()
            .execute(
                model("", 2),
                table(a, new int[] {0, 1, 2, 3, 4, 5}),
                table(b, new int[] {5, 0, 4, 1, 3, 2}));
    SimilarityMeasure[] measures =
        SimilarityMeasure.forData(null).toArray(SimilarityMeasure[]::new);
    assertThat(out[0].getDataTableSpec().getColumnNames())
        .containsExactly("spearman-abs", "spearman", "top-k-intersection", "cosine");
    double[] sums = new double[measures.length];
    int r = 0;
    for (DataRow row : out[0]) {
      assertThat(row.getKey().getString()).isEqualTo("r" + r);
      for (int m = 0; m < measures.length; m++) {
        double expected = measures[m].compute(a[r], b[r], 2);
        assertThat(((DoubleValue) row.getCell(m)).getDoubleValue()).isEqualTo(expected);
        sums[m] += expected;
      }
      if (r == 0) {
        // a sign flip: same importance ranking, opposite direction.
        assertThat(((DoubleValue) row.getCell(0)).getDoubleValue()).isCloseTo(1, within(1e-12));
        assertThat(((DoubleValue) row.getCell(1)).getDoubleValue()).isCloseTo(-1, within(1e-12));
        assertThat(((DoubleValue) row.getCell(3)).getDoubleValue()).isCloseTo(-1, within(1e-12));
      }
      r++;
    }
    int m = 0;
    for (DataRow row : out[1]) {
      double mean = sums[m] / 6;
      assertThat(row.getCell(0).toString()).isEqualTo(measures[m].label());
      assertThat(((DoubleValue) row.getCell(1)).getDoubleValue()).isCloseTo(mean, within(1e-12));
      assertThat(((DoubleValue) row.getCell(2)).getDoubleValue())
          .isCloseTo(measures[m].aboveChance(mean, 4, 2), within(1e-12));
      assertThat(row.getCell(3).toString()).isEqualTo(measures[m].verdict(mean, 4, 2).name());
      m++;
    }
    assertThat(m).isEqualTo(4);
  }

  @Test
  void chosenColumnsAreTheOnlyOnesCompared() throws Exception {
    double[][] a = {{1, 2, 3, 4}};
    double[][] b = {{1, 2, -30, 40}};
    BufferedDataTable[] out =
        new NodeHarness()
            .execute(
                model("a [P (c=y)], b [P (c=y)]", 1),
                table(a, new int[] {0}),
                table(b, new int[] {0}));
    DataRow row = out[0].iterator().next();
    assertThat(((DoubleValue) row.getCell(3)).getDoubleValue()).isCloseTo(1, within(1e-12));
  }

  @Test
  void badInputIsRefusedNamingTheColumnSettingOrRow() throws Exception {
    double[][] a = random(3, 4);
    DataTableSpec spec = table(a, new int[] {0}).getDataTableSpec();
    DataTableSpec other =
        new DataTableSpec(
            new String[] {"a [P (c=y)]", "x"}, new DataType[] {DoubleCell.TYPE, StringCell.TYPE});
    assertThatThrownBy(() -> NodeHarness.configure(model("", 2), spec, other))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'b [P (c=y)]' is not in the second explanation table (port 2)");
    assertThatThrownBy(() -> NodeHarness.configure(model("a [P (c=y)], x", 1), spec, other))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'x' is not in the first explanation table");
    assertThatThrownBy(() -> NodeHarness.configure(model("", 5), spec, spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("Top k is 5 but there are only 4 attribution columns");
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .execute(
                        model("", 2), table(a, new int[] {0, 1, 2}), table(a, new int[] {0, 1})))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("has 2 rows but");
    BufferedDataTable renamed =
        NodeHarness.table(
            spec,
            List.of(
                new DefaultRow("r0", cells(a[0])),
                new DefaultRow("r1", cells(a[1])),
                new DefaultRow("zz", cells(a[2]))));
    assertThatThrownBy(
            () -> new NodeHarness().execute(model("", 2), table(a, new int[] {0, 1, 2}), renamed))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("row 'r2' of the first explanation table (port 1) is not in");
    DataCell[] holed = cells(a[1]);
    holed[2] = DataType.getMissingCell();
    BufferedDataTable missing = NodeHarness.table(spec, List.of(new DefaultRow("r1", holed)));
    assertThatThrownBy(
            () -> new NodeHarness().execute(model("", 2), table(a, new int[] {1}), missing))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'c [P (c=y)]' of the second explanation table (port 2) is missing")
        .hasMessageContaining("row 'r1'");
  }

  private static DataCell[] cells(double[] v) {
    DataCell[] cells = new DataCell[COLUMNS.length];
    for (int c = 0; c < 4; c++) {
      cells[c] = new DoubleCell(v[c]);
    }
    cells[4] = new DoubleCell(0);
    return cells;
  }
}
