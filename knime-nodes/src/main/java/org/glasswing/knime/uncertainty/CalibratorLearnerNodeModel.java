package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataTableSpec;
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
 * Calibrator Learner: fits a probability calibrator (Platt scaling, isotonic regression or
 * temperature scaling, from {@code org.glasswing.core.uncertainty}) on a calibration table of
 * predictions with actual classes, and hands it on a model port to the Calibrator Predictor.
 */
public final class CalibratorLearnerNodeModel extends NodeModel {

  private final PredictionTableSettings columns = new PredictionTableSettings();
  private final CatalogueSettings calibrator = calibratorSettings();

  /** Creates the model: a prediction table in, a calibrator out. */
  public CalibratorLearnerNodeModel() {
    super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {CalibratorPortObject.TYPE});
  }

  /**
   * The calibrator choice: the catalogue's {@code recalibration} spec's {@code calibrator} (the
   * older key {@code method} still loads); its split settings do not apply, since the whole input
   * table is the calibration set.
   *
   * @return the settings at the catalogue's default
   */
  static CatalogueSettings calibratorSettings() {
    return CatalogueSettings.of(
        Family.UNCERTAINTY,
        "recalibration",
        List.of("calibrator"),
        Map.of("calibrator", List.of("method")));
  }

  private String name() throws InvalidSettingsException {
    return calibrator.values().text(calibrator.spec().parameter("calibrator").orElseThrow());
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    PredictionColumns found = columns.columns((DataTableSpec) inSpecs[0], true);
    return new PortObjectSpec[] {new ProbabilityModelSpec(name() + " calibrator", found)};
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    BufferedDataTable table = (BufferedDataTable) inObjects[0];
    PredictionColumns found = columns.columns(table.getDataTableSpec(), true);
    CalibrationRows rows = CalibrationRows.of(PredictionReader.read(table, found, exec), found);
    exec.checkCanceled();
    String name = name();
    exec.setProgress(0.5, "fitting " + name + " on " + rows.predictions().size() + " rows");
    CalibratorPortObject fitted;
    try {
      fitted = new CalibratorPortObject(name, found, rows);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    exec.setProgress(1, fitted.getSummary());
    return new PortObject[] {fitted};
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    columns.save(settings);
    calibrator.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    columns.validate(settings);
    calibrator.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.load(settings);
    calibrator.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
