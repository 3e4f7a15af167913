package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.knime.loop.CatalogueSettings;
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
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Conformal Calibrator: calibrates a split conformal classifier ({@link SplitConformalClassifier})
 * on held-out predictions with actual classes, optionally class by class (Mondrian), and hands it
 * on a model port to the Conformal Predictor.
 */
public final class ConformalCalibratorNodeModel extends NodeModel {

  static final List<String> SCORES = List.of("lac", "aps", "raps");

  private final PredictionTableSettings columns = new PredictionTableSettings();
  private final CatalogueSettings conformal = conformalSettings();

  /** Creates the model: a prediction table in, a conformal classifier out. */
  public ConformalCalibratorNodeModel() {
    super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {ConformalPortObject.TYPE});
  }

  /**
   * The catalogue's {@code conformal} settings {@code alpha}, {@code score} and {@code mondrian}
   * (keys unchanged); its {@code calibration-fraction} and {@code seed} do not apply, since the
   * whole input table is the calibration set.
   *
   * @return the settings at the catalogue's defaults
   */
  static CatalogueSettings conformalSettings() {
    return CatalogueSettings.of(
        Family.UNCERTAINTY, "conformal", List.of("alpha", "score", "mondrian"), Map.of());
  }

  private SplitConformalClassifier.Settings settings() throws InvalidSettingsException {
    try {
      ParameterValues v = conformal.values();
      MethodSpec spec = conformal.spec();
      return SplitConformalClassifier.Settings.of(
          v.real(spec.parameter("alpha").orElseThrow()),
          ConformalScore.parse(v.text(spec.parameter("score").orElseThrow())),
          v.flag(spec.parameter("mondrian").orElseThrow()));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    PredictionColumns found = columns.columns((DataTableSpec) inSpecs[0], true);
    return new PortObjectSpec[] {
      new ProbabilityModelSpec(ConformalPortObject.describe(settings()), found)
    };
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    BufferedDataTable table = (BufferedDataTable) inObjects[0];
    PredictionColumns found = columns.columns(table.getDataTableSpec(), true);
    PredictionReader read = PredictionReader.read(table, found, exec);
    checkTwoClasses(read.actual(), found);
    CalibrationRows rows = CalibrationRows.of(read, found);
    exec.checkCanceled();
    ConformalPortObject model;
    try {
      model = new ConformalPortObject(settings(), found, rows);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    exec.setProgress(1, model.getSummary());
    return new PortObject[] {model};
  }

  /** Conformal sets are trivial when every held-out row has the same class: refuse them. */
  private static void checkTwoClasses(int[] actual, PredictionColumns found)
      throws InvalidSettingsException {
    for (int y : actual) {
      if (y != actual[0]) {
        return;
      }
    }
    throw new InvalidSettingsException(
        "the class column '"
            + Messages.quoted(found.classColumn())
            + "' holds only the class '"
            + Messages.quoted(found.labels().get(actual[0]))
            + "'; calibrate on held-out rows of at least two classes");
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    columns.save(settings);
    conformal.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    columns.validate(settings);
    conformal.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.load(settings);
    conformal.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
