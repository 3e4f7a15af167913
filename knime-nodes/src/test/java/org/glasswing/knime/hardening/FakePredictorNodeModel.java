package org.glasswing.knime.hardening;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * A loop body standing in for a user's predictor: appends "P (class=yes)" = logistic(x0) and "P
 * (class=no)", and can misbehave the way a badly wired body does.
 */
final class FakePredictorNodeModel extends NodeModel {

  /** How the body misbehaves. */
  enum Fault {
    NONE,
    DROP_LAST_ROW,
    REVERSE_ROWS,
    NAN_PROBABILITY
  }

  private final Fault fault;

  FakePredictorNodeModel(Fault fault) {
    super(1, 1);
    this.fault = fault;
  }

  private static DataTableSpec probabilities() {
    return new DataTableSpec(
        new DataColumnSpec[] {
          new DataColumnSpecCreator("P (class=yes)", DoubleCell.TYPE).createSpec(),
          new DataColumnSpecCreator("P (class=no)", DoubleCell.TYPE).createSpec()
        });
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) {
    return new DataTableSpec[] {new DataTableSpec(inSpecs[0], probabilities())};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    DataTableSpec spec = inData[0].getDataTableSpec();
    int x0 = spec.findColumnIndex("x0");
    List<DataRow> rows = new ArrayList<>();
    for (DataRow row : inData[0]) {
      List<DataCell> cells = new ArrayList<>();
      row.forEach(cells::add);
      DataCell cell = row.getCell(x0);
      double x = cell.isMissing() ? 0 : ((DoubleValue) cell).getDoubleValue();
      double yes = fault == Fault.NAN_PROBABILITY ? Double.NaN : 1 / (1 + Math.exp(-x));
      cells.add(new DoubleCell(yes));
      cells.add(new DoubleCell(1 - yes));
      rows.add(new DefaultRow(row.getKey(), cells));
    }
    if (fault == Fault.DROP_LAST_ROW && !rows.isEmpty()) {
      rows.remove(rows.size() - 1);
    }
    if (fault == Fault.REVERSE_ROWS) {
      java.util.Collections.reverse(rows);
    }
    BufferedDataContainer out = exec.createDataContainer(new DataTableSpec(spec, probabilities()));
    rows.forEach(out::addRowToTable);
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
