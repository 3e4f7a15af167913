package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.List;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
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
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
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
  private final SettingsModelDoubleBounded alpha = alphaModel();
  private final SettingsModelString score = scoreModel();
  private final SettingsModelBoolean mondrian = mondrianModel();

  /** Creates the model: a prediction table in, a conformal classifier out. */
  public ConformalCalibratorNodeModel() {
    super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {ConformalPortObject.TYPE});
  }

  static SettingsModelDoubleBounded alphaModel() {
    return new SettingsModelDoubleBounded("alpha", 0.1, 0, 1);
  }

  static SettingsModelString scoreModel() {
    return new SettingsModelString("score", "lac");
  }

  static SettingsModelBoolean mondrianModel() {
    return new SettingsModelBoolean("mondrian", false);
  }

  private SplitConformalClassifier.Settings settings() throws InvalidSettingsException {
    try {
      return SplitConformalClassifier.Settings.of(
          alpha.getDoubleValue(),
          ConformalScore.parse(score.getStringValue()),
          mondrian.getBooleanValue());
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
    alpha.saveSettingsTo(settings);
    score.saveSettingsTo(settings);
    mondrian.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    columns.validate(settings);
    SettingsCheck.validate(settings, "alpha", alpha);
    SettingsCheck.validate(settings, "score", score);
    SettingsCheck.validate(settings, "mondrian", mondrian);
    String name = settings.getString("score");
    if (!SCORES.contains(name)) {
      throw new InvalidSettingsException(
          "score '" + Messages.quoted(name) + "' is not one of " + String.join(", ", SCORES));
    }
    double level = settings.getDouble("alpha");
    if (!(level > 0 && level < 1)) {
      throw new InvalidSettingsException("alpha must lie strictly between 0 and 1, got " + level);
    }
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.load(settings);
    alpha.loadSettingsFrom(settings);
    score.loadSettingsFrom(settings);
    mondrian.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
