package org.glasswing.knime.uncertainty;

import java.util.List;
import org.glasswing.core.uncertainty.CalibrationMap;
import org.glasswing.core.uncertainty.Calibrator;
import org.glasswing.core.uncertainty.Calibrators;
import org.glasswing.core.uncertainty.TemperatureScaling;
import org.glasswing.knime.table.Messages;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * A fitted probability calibrator (Platt, isotonic or temperature scaling) on a model port. It
 * keeps the calibration rows and the method and rebuilds the core fit from them when loaded.
 */
public final class CalibratorPortObject extends AbstractSimplePortObject {

  /** The port type. */
  public static final PortType TYPE =
      PortTypeRegistry.getInstance().getPortType(CalibratorPortObject.class);

  /** The methods, by the name the settings use. */
  static final List<String> METHODS = Calibrators.names();

  private ProbabilityModelSpec spec;
  private String method;
  private CalibrationRows rows;
  private CalibrationMap map;

  /** Creates an empty object, to be loaded by the framework. */
  public CalibratorPortObject() {}

  /**
   * Fits a calibrator.
   *
   * @param method platt, isotonic or temperature
   * @param columns the probability columns of the calibration table
   * @param rows the calibration rows
   * @throws IllegalArgumentException if the core refuses the rows (one class only)
   */
  CalibratorPortObject(String method, PredictionColumns columns, CalibrationRows rows) {
    this.spec = new ProbabilityModelSpec(method + " calibrator", columns);
    this.method = method;
    this.rows = rows;
    this.map = calibrator(method).fit(rows.predictions());
  }

  /** The serializer KNIME finds by reflection. */
  public static final class Serializer
      extends AbstractSimplePortObjectSerializer<CalibratorPortObject> {
    /** Creates the serializer. */
    public Serializer() {}
  }

  /**
   * The core calibrator of a method name.
   *
   * @param method one of {@link Calibrators#names()}
   * @return the calibrator
   * @throws IllegalArgumentException naming the allowed names
   */
  static Calibrator calibrator(String method) {
    return Calibrators.create(method);
  }

  /**
   * The fitted map.
   *
   * @return the map from probabilities to calibrated probabilities
   */
  public CalibrationMap map() {
    return map;
  }

  @Override
  public ProbabilityModelSpec getSpec() {
    return spec;
  }

  @Override
  public String getSummary() {
    String fitted =
        map instanceof TemperatureScaling.Fitted t ? ", temperature " + t.temperature() : "";
    return method
        + " calibrator of "
        + rows.predictions().numClasses()
        + " classes fitted on "
        + rows.predictions().size()
        + " rows"
        + fitted;
  }

  @Override
  protected void save(ModelContentWO model, ExecutionMonitor exec) {
    model.addString("method", method);
    rows.save(model.addModelContent("rows"));
  }

  @Override
  protected void load(ModelContentRO model, PortObjectSpec portSpec, ExecutionMonitor exec)
      throws InvalidSettingsException {
    method = model.getString("method");
    if (!METHODS.contains(method)) {
      throw new InvalidSettingsException(
          "unknown calibration method '" + Messages.quoted(method) + "'");
    }
    spec = (ProbabilityModelSpec) portSpec;
    rows = CalibrationRows.load(model.getModelContent("rows"));
    map = calibrator(method).fit(rows.predictions());
  }
}
