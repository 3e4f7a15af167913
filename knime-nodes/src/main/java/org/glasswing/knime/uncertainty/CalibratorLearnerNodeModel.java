package org.glasswing.knime.uncertainty;

import java.io.File;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Calibrator Learner: fits a probability calibrator (Platt scaling, isotonic regression or
 * temperature scaling, from {@code org.glasswing.core.uncertainty}) on a calibration table of
 * predictions with actual classes, and hands it on a model port to the Calibrator Predictor.
 */
public final class CalibratorLearnerNodeModel extends NodeModel {

  private final PredictionTableSettings columns = new PredictionTableSettings();
  private final SettingsModelString method = methodModel();

  /** Creates the model: a prediction table in, a calibrator out. */
  public CalibratorLearnerNodeModel() {
    super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {CalibratorPortObject.TYPE});
  }

  static SettingsModelString methodModel() {
    return new SettingsModelString("method", "platt");
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    PredictionColumns found = columns.columns((DataTableSpec) inSpecs[0], true);
    return new PortObjectSpec[] {
      new ProbabilityModelSpec(method.getStringValue() + " calibrator", found)
    };
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    BufferedDataTable table = (BufferedDataTable) inObjects[0];
    PredictionColumns found = columns.columns(table.getDataTableSpec(), true);
    CalibrationRows rows = CalibrationRows.of(PredictionReader.read(table, found, exec), found);
    exec.checkCanceled();
    exec.setProgress(
        0.5, "fitting " + method.getStringValue() + " on " + rows.predictions().size() + " rows");
    CalibratorPortObject calibrator;
    try {
      calibrator = new CalibratorPortObject(method.getStringValue(), found, rows);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    exec.setProgress(1, calibrator.getSummary());
    return new PortObject[] {calibrator};
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    columns.save(settings);
    method.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    columns.validate(settings);
    SettingsCheck.validate(settings, "method", method);
    String name = settings.getString("method");
    if (!CalibratorPortObject.METHODS.contains(name)) {
      throw new InvalidSettingsException(
          "method '"
              + Messages.quoted(name)
              + "' is not one of "
              + String.join(", ", CalibratorPortObject.METHODS));
    }
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.load(settings);
    method.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
