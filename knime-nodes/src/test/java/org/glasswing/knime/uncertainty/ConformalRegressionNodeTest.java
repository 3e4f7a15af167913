package org.glasswing.knime.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.uncertainty.ConformalRegressor;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

/**
 * Conformal Regression gives prediction +- q with q the ceil((n + 1)(1 - alpha))-th smallest
 * calibration residual (the closed form, and the core's regressor), and names a missing actual
 * column.
 */
class ConformalRegressionNodeTest {

  private static final String PREDICTION = "Prediction (y)";

  private static BufferedDataTable table(double[] predicted, double[] actual) {
    DataTableSpec spec =
        actual == null
            ? new DataTableSpec(new String[] {PREDICTION}, new DataType[] {DoubleCell.TYPE})
            : new DataTableSpec(
                new String[] {PREDICTION, "y"}, new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < predicted.length; r++) {
      rows.add(
          actual == null
              ? new DefaultRow("p" + r, predicted[r])
              : new DefaultRow("c" + r, predicted[r], actual[r]));
    }
    return NodeHarness.table(spec, rows);
  }

  @Test
  void theHalfWidthIsTheConformalQuantileOfTheResiduals() throws Exception {
    // residuals 1..9 (n = 9), alpha 0.2: the ceil(10 * 0.8) = 8th smallest, 8.
    double[] predicted = new double[9];
    double[] actual = new double[9];
    for (int r = 0; r < 9; r++) {
      predicted[r] = 10 * r;
      actual[r] = 10 * r + (r % 2 == 0 ? 1 : -1) * (r + 1);
    }
    ConformalRegressionNodeModel node = new ConformalRegressionNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(node);
    settings.addString(ConformalRegressionNodeModel.ACTUAL_COLUMN, "y");
    settings.addDouble("alpha", 0.2);
    NodeHarness.applySettings(node, settings);
    double[] points = {0, 2.5, -7};
    BufferedDataTable out =
        new NodeHarness().execute(node, table(predicted, actual), table(points, null))[0];
    ConformalRegressor direct = ConformalRegressor.absolute(predicted, actual, 0.2);
    assertThat(direct.quantile()).isEqualTo(8);
    int r = 0;
    for (DataRow row : out) {
      assertThat(row.getKey().getString()).isEqualTo("p" + r);
      assertThat(((DoubleValue) row.getCell(1)).getDoubleValue()).isEqualTo(points[r] - 8);
      assertThat(((DoubleValue) row.getCell(2)).getDoubleValue()).isEqualTo(points[r] + 8);
      r++;
    }
    assertThat(r).isEqualTo(3);
  }

  @Test
  void anUnsetOrMissingActualColumnIsNamed() {
    DataTableSpec calibration = table(new double[] {1}, new double[] {1}).getDataTableSpec();
    DataTableSpec scored = table(new double[] {1}, null).getDataTableSpec();
    assertThatThrownBy(
            () -> NodeHarness.configure(new ConformalRegressionNodeModel(), calibration, scored))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'actualColumn'");
    assertThatThrownBy(
            () -> {
              ConformalRegressionNodeModel node = new ConformalRegressionNodeModel();
              NodeSettings settings = NodeHarness.settingsOf(node);
              settings.addString(ConformalRegressionNodeModel.ACTUAL_COLUMN, "truth");
              NodeHarness.applySettings(node, settings);
              NodeHarness.configure(node, calibration, scored);
            })
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("actual column 'truth' is not in the calibration table");
  }
}
