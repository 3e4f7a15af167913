package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.knime.table.AppendedColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
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
 * Conformal Predictor: appends to every row of a prediction table its conformal prediction set (the
 * classes whose p-value exceeds alpha, such as "{good|bad}"), the set's size and the p-value of
 * every class; rows and keys are kept.
 */
public final class ConformalPredictorNodeModel extends NodeModel {

  static final String SET = "prediction set";
  static final String SIZE = "set size";

  /** Creates the model: a conformal classifier and a prediction table in, the table out. */
  public ConformalPredictorNodeModel() {
    super(
        new PortType[] {ConformalPortObject.TYPE, BufferedDataTable.TYPE},
        new PortType[] {BufferedDataTable.TYPE});
  }

  static String pValueColumn(String label) {
    return "p-value (" + label + ")";
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
    for (String column : model.probabilityColumns()) {
      PredictionColumns.checkProbabilityColumn(table, column);
    }
    List<String> names = new ArrayList<>(List.of(SET, SIZE));
    List<DataType> types = new ArrayList<>(List.of(StringCell.TYPE, IntCell.TYPE));
    for (String label : model.labels()) {
      names.add(pValueColumn(label));
      types.add(DoubleCell.TYPE);
    }
    return AppendedColumns.spec(table, names, types);
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    ConformalPortObject model = (ConformalPortObject) inObjects[0];
    BufferedDataTable table = (BufferedDataTable) inObjects[1];
    DataTableSpec spec = outputSpec(model.getSpec(), table.getDataTableSpec());
    PredictionReader read = PredictionReader.read(table, model.getSpec().columns(), exec);
    SplitConformalClassifier classifier = model.classifier();
    List<String> labels = model.getSpec().labels();
    List<DataCell[]> cells = new ArrayList<>();
    for (double[] p : read.probabilities()) {
      PredictionSet set = classifier.predict(p);
      DataCell[] row = new DataCell[2 + labels.size()];
      row[0] = new StringCell(set.format(labels));
      row[1] = new IntCell(set.size());
      for (int c = 0; c < labels.size(); c++) {
        row[2 + c] = new DoubleCell(set.pValues().get(c));
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
