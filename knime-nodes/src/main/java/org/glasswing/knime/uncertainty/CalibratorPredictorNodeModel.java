package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.glasswing.core.uncertainty.CalibrationMap;
import org.glasswing.knime.table.AppendedColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Calibrator Predictor: appends the calibrated probabilities of a fitted calibrator to every row of
 * a prediction table that has the calibrator's probability columns; rows and keys are kept.
 */
public final class CalibratorPredictorNodeModel extends NodeModel {

  /** The suffix of the calibrated columns, such as "P (class=good) (calibrated)". */
  static final String SUFFIX = " (calibrated)";

  /** Creates the model: a calibrator and a prediction table in, the table with new columns out. */
  public CalibratorPredictorNodeModel() {
    super(
        new PortType[] {CalibratorPortObject.TYPE, BufferedDataTable.TYPE},
        new PortType[] {BufferedDataTable.TYPE});
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    ProbabilityModelSpec model = (ProbabilityModelSpec) inSpecs[0];
    DataTableSpec table = (DataTableSpec) inSpecs[1];
    if (model == null || table == null) {
      return new PortObjectSpec[] {null};
    }
    return new PortObjectSpec[] {outputSpec(model, table)};
  }

  private static DataTableSpec outputSpec(ProbabilityModelSpec model, DataTableSpec table)
      throws InvalidSettingsException {
    List<String> names = new ArrayList<>();
    for (String column : model.probabilityColumns()) {
      PredictionColumns.checkProbabilityColumn(table, column);
      names.add(column + SUFFIX);
    }
    return AppendedColumns.spec(table, names, Collections.nCopies(names.size(), DoubleCell.TYPE));
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    CalibratorPortObject calibrator = (CalibratorPortObject) inObjects[0];
    BufferedDataTable table = (BufferedDataTable) inObjects[1];
    DataTableSpec spec = outputSpec(calibrator.getSpec(), table.getDataTableSpec());
    PredictionReader read = PredictionReader.read(table, calibrator.getSpec().columns(), exec);
    CalibrationMap map = calibrator.map();
    List<DataCell[]> cells = new ArrayList<>();
    for (double[] p : read.probabilities()) {
      double[] q = map.apply(p);
      DataCell[] row = new DataCell[q.length];
      for (int c = 0; c < q.length; c++) {
        row[c] = new DoubleCell(q[c]);
      }
      cells.add(row);
    }
    return new PortObject[] {AppendedColumns.write(table, spec, cells, exec)};
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
