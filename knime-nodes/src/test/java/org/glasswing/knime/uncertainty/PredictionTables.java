package org.glasswing.knime.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;

/**
 * Synthetic prediction tables with a fixed seed: three classes a, b, c; an overconfident
 * "predictor" (the actual class is drawn from the square root of the probabilities, renormalised),
 * so calibration has something to correct.
 */
final class PredictionTables {

  static final List<String> LABELS = List.of("a", "b", "c");

  private PredictionTables() {}

  /** The probabilities of row r of a table made with the seed. */
  static double[][] probabilities(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] p = new double[rows][3];
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      for (int c = 0; c < 3; c++) {
        double g = -Math.log(random.nextDouble(1e-9, 1));
        p[r][c] = g * g * g;
        sum += p[r][c];
      }
      for (int c = 0; c < 3; c++) {
        p[r][c] /= sum;
      }
    }
    return p;
  }

  /** The actual classes of the rows of a table made with the seed. */
  static int[] actual(double[][] p, long seed) {
    SplittableRandom random = new SplittableRandom(seed + 1000);
    int[] y = new int[p.length];
    for (int r = 0; r < p.length; r++) {
      double[] q = new double[3];
      double sum = 0;
      for (int c = 0; c < 3; c++) {
        q[c] = Math.sqrt(p[r][c]);
        sum += q[c];
      }
      double u = random.nextDouble() * sum;
      int c = 0;
      while (c < 2 && u > q[c]) {
        u -= q[c];
        c++;
      }
      y[r] = c;
    }
    return y;
  }

  /** A table: "x", "class", "P (class=a)", "P (class=b)", "P (class=c)"; keys "row<3r+1>". */
  static BufferedDataTable table(double[][] p, int[] actual) {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x", "class", "P (class=a)", "P (class=b)", "P (class=c)"},
            new DataType[] {
              DoubleCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE
            });
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < p.length; r++) {
      rows.add(
          new DefaultRow(
              "row" + (3 * r + 1),
              new DoubleCell(r),
              new StringCell(LABELS.get(actual[r])),
              new DoubleCell(p[r][0]),
              new DoubleCell(p[r][1]),
              new DoubleCell(p[r][2])));
    }
    return NodeHarness.table(spec, rows);
  }

  static BufferedDataTable table(int rows, long seed) {
    double[][] p = probabilities(rows, seed);
    return table(p, actual(p, seed));
  }

  /** Applies settings to a model through the framework's validate-then-load. */
  static <T extends NodeModel> T configured(T model, String... keyValues)
      throws InvalidSettingsException {
    NodeSettings settings = NodeHarness.settingsOf(model);
    for (int i = 0; i < keyValues.length; i += 2) {
      String value = keyValues[i + 1];
      if (value.startsWith("int:")) {
        settings.addInt(keyValues[i], Integer.parseInt(value.substring(4)));
      } else if (value.startsWith("double:")) {
        settings.addDouble(keyValues[i], Double.parseDouble(value.substring(7)));
      } else if (value.startsWith("boolean:")) {
        settings.addBoolean(keyValues[i], Boolean.parseBoolean(value.substring(8)));
      } else {
        settings.addString(keyValues[i], value);
      }
    }
    NodeHarness.applySettings(model, settings);
    return model;
  }

  static List<DataRow> rows(BufferedDataTable table) {
    List<DataRow> rows = new ArrayList<>();
    table.forEach(rows::add);
    return rows;
  }

  static double value(DataRow row, DataTableSpec spec, String column) {
    int index = spec.findColumnIndex(column);
    if (index < 0) {
      throw new AssertionError("no column " + column + " in " + List.of(spec.getColumnNames()));
    }
    DataCell cell = row.getCell(index);
    return cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
  }
}
