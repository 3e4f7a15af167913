package org.glasswing.knime.uncertainty;

import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * A calibrated split conformal classifier on a model port. It keeps the settings and the
 * calibration rows and recalibrates from them when loaded (calibration is deterministic).
 */
public final class ConformalPortObject extends AbstractSimplePortObject {

  /** The port type. */
  public static final PortType TYPE =
      PortTypeRegistry.getInstance().getPortType(ConformalPortObject.class);

  private ProbabilityModelSpec spec;
  private SplitConformalClassifier.Settings settings;
  private CalibrationRows rows;
  private SplitConformalClassifier classifier;

  /** Creates an empty object, to be loaded by the framework. */
  public ConformalPortObject() {}

  /**
   * Calibrates a conformal classifier.
   *
   * @param settings the level, score and variant
   * @param columns the probability columns of the calibration table
   * @param rows the calibration rows
   * @throws IllegalArgumentException if the core refuses (too few rows for alpha)
   */
  ConformalPortObject(
      SplitConformalClassifier.Settings settings, PredictionColumns columns, CalibrationRows rows) {
    this.spec = new ProbabilityModelSpec(describe(settings), columns);
    this.settings = settings;
    this.rows = rows;
    this.classifier = SplitConformalClassifier.calibrate(rows.predictions(), settings);
  }

  /** The serializer KNIME finds by reflection. */
  public static final class Serializer
      extends AbstractSimplePortObjectSerializer<ConformalPortObject> {
    /** Creates the serializer. */
    public Serializer() {}
  }

  static String describe(SplitConformalClassifier.Settings settings) {
    return "conformal classifier ("
        + settings.score().name().toLowerCase(java.util.Locale.ROOT)
        + ", alpha "
        + settings.alpha()
        + (settings.mondrian() ? ", Mondrian" : "")
        + ")";
  }

  /**
   * The calibrated classifier.
   *
   * @return the classifier
   */
  public SplitConformalClassifier classifier() {
    return classifier;
  }

  @Override
  public ProbabilityModelSpec getSpec() {
    return spec;
  }

  @Override
  public String getSummary() {
    return describe(settings) + " calibrated on " + rows.predictions().size() + " rows";
  }

  @Override
  protected void save(ModelContentWO model, ExecutionMonitor exec) {
    model.addDouble("alpha", settings.alpha());
    model.addString("score", settings.score().name());
    model.addBoolean("mondrian", settings.mondrian());
    model.addDouble("rapsLambda", settings.rapsLambda());
    model.addInt("rapsK", settings.rapsK());
    rows.save(model.addModelContent("rows"));
  }

  @Override
  protected void load(ModelContentRO model, PortObjectSpec portSpec, ExecutionMonitor exec)
      throws InvalidSettingsException {
    try {
      settings =
          new SplitConformalClassifier.Settings(
              model.getDouble("alpha"),
              ConformalScore.parse(model.getString("score")),
              model.getBoolean("mondrian"),
              model.getDouble("rapsLambda"),
              model.getInt("rapsK"));
      spec = (ProbabilityModelSpec) portSpec;
      rows = CalibrationRows.load(model.getModelContent("rows"));
      classifier = SplitConformalClassifier.calibrate(rows.predictions(), settings);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(
          "the saved conformal classifier: " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }
}
