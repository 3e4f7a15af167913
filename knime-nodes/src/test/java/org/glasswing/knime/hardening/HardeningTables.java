package org.glasswing.knime.hardening;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;

/** Small feature, prediction and held-out tables for the hardening tests. */
final class HardeningTables {

  private HardeningTables() {}

  // ---- tables ----

  static final DataTableSpec FEATURES =
      new DataTableSpec(
          new String[] {"x0", "x1", "color"},
          new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});

  static BufferedDataTable features(int rows, String prefix) {
    List<DataRow> list = new ArrayList<>();
    String[] colors = {"red", "green", "blue"};
    for (int r = 0; r < rows; r++) {
      list.add(
          new DefaultRow(
              prefix + r,
              new DoubleCell(Math.sin(r)),
              new DoubleCell(Math.cos(3 * r)),
              new StringCell(colors[r % 3])));
    }
    return NodeHarness.table(FEATURES, list);
  }

  static final DataTableSpec PREDICTIONS =
      new DataTableSpec(
          new String[] {"x", "class", "P (class=a)", "P (class=b)"},
          new DataType[] {DoubleCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});

  /** Prediction rows: each a class label (or null for a missing cell) and P(a); P(b) = 1 - P(a). */
  static BufferedDataTable predictions(Object... classAndProbability) {
    List<DataRow> list = new ArrayList<>();
    for (int i = 0; i < classAndProbability.length; i += 2) {
      Object label = classAndProbability[i];
      double a = (Double) classAndProbability[i + 1];
      list.add(
          new DefaultRow(
              "row" + i / 2,
              new DoubleCell(i),
              label == null ? DataType.getMissingCell() : new StringCell((String) label),
              new DoubleCell(a),
              new DoubleCell(Double.isFinite(a) ? 1 - a : 0.5)));
    }
    return NodeHarness.table(PREDICTIONS, list);
  }

  static BufferedDataTable predictions(int rows) {
    Object[] values = new Object[2 * rows];
    for (int r = 0; r < rows; r++) {
      values[2 * r] = r % 3 == 0 ? "b" : "a";
      values[2 * r + 1] = 0.2 + 0.6 * ((r * 7) % 10) / 10.0;
    }
    return predictions(values);
  }

  static DataRow changed(DataRow row, int column, DataCell cell) {
    DataCell[] cells = new DataCell[row.getNumCells()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = c == column ? cell : row.getCell(c);
    }
    return new DefaultRow(row.getKey(), cells);
  }

  static BufferedDataTable heldOut(String... classes) {
    DataTableSpec spec =
        new DataTableSpec(
            FEATURES, new DataTableSpec(new String[] {"class"}, new DataType[] {StringCell.TYPE}));
    List<DataRow> rows = new ArrayList<>();
    BufferedDataTable features = features(classes.length, "h");
    int r = 0;
    for (DataRow row : features) {
      DataCell label = classes[r] == null ? DataType.getMissingCell() : new StringCell(classes[r]);
      rows.add(new DefaultRow(row.getKey(), row.getCell(0), row.getCell(1), row.getCell(2), label));
      r++;
    }
    return NodeHarness.table(spec, rows);
  }

  static BufferedDataTable[] shapleyInputs() {
    return new BufferedDataTable[] {features(3, "e"), features(5, "b")};
  }
}
