package org.glasswing.knime.uncertainty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.core.uncertainty.ConformalRegressor;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.table.AppendedColumns;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Conformal Regression: split-conformal intervals for a regression predictor ({@link
 * ConformalRegressor#absolute}): the absolute residuals of held-out calibration rows (port 1:
 * prediction and actual value) give the half-width q, and every row of port 2 gets prediction +- q;
 * on exchangeable rows the interval misses the actual value with probability at most alpha (the
 * catalogue's {@code conformal-regression} setting).
 */
public final class ConformalRegressionNodeModel extends NodeModel {

  static final String PREDICTION_COLUMN = "predictionColumn";
  static final String ACTUAL_COLUMN = "actualColumn";

  /** The appended columns. */
  static final List<String> COLUMNS = List.of("lower", "upper");

  static final String CALIBRATION = "the calibration table (port 1)";
  static final String SCORED = "the predicted table (port 2)";

  private final SettingsModelString prediction = predictionModel();
  private final SettingsModelString actual = actualModel();
  private final CatalogueSettings conformal = conformalSettings();

  /** Creates the model: calibration rows and predicted rows in, the intervals out. */
  public ConformalRegressionNodeModel() {
    super(2, 1);
  }

  static SettingsModelString predictionModel() {
    return new SettingsModelString(PREDICTION_COLUMN, "");
  }

  static SettingsModelString actualModel() {
    return new SettingsModelString(ACTUAL_COLUMN, "");
  }

  /**
   * The catalogue's {@code conformal-regression} setting {@code alpha}; the node takes the absolute
   * score (the normalised one needs the feature columns' difficulty, which the command line
   * computes).
   *
   * @return the settings at the catalogue's defaults
   */
  static CatalogueSettings conformalSettings() {
    return CatalogueSettings.of(
        Family.UNCERTAINTY, "conformal-regression", List.of("alpha"), Map.of());
  }

  private String predictionColumn(DataTableSpec spec, String what) throws InvalidSettingsException {
    String name = prediction.getStringValue().trim();
    if (name.isEmpty()) {
      for (DataColumnSpec column : spec) {
        if (column.getName().startsWith(LoopAnswers.PREDICTION_PREFIX)
            && column.getType().isCompatible(DoubleValue.class)) {
          return column.getName();
        }
      }
      throw new InvalidSettingsException(
          what
              + " has no numeric 'Prediction (...)' column; name the prediction column in the"
              + " settings");
    }
    return numeric(spec, name, "prediction column", what);
  }

  private static String numeric(DataTableSpec spec, String name, String kind, String what)
      throws InvalidSettingsException {
    DataColumnSpec found = spec.getColumnSpec(name);
    if (found == null) {
      throw new InvalidSettingsException(
          "the " + kind + " '" + Messages.quoted(name) + "' is not in " + what);
    }
    if (!found.getType().isCompatible(DoubleValue.class)) {
      throw new InvalidSettingsException(
          "the " + kind + " '" + Messages.quoted(name) + "' of " + what + " is not numeric");
    }
    return name;
  }

  private String actualColumn(DataTableSpec spec) throws InvalidSettingsException {
    String name = actual.getStringValue().trim();
    if (name.isEmpty()) {
      throw new InvalidSettingsException(
          "the setting 'actualColumn' is empty; name the column of "
              + CALIBRATION
              + " holding the actual values");
    }
    return numeric(spec, name, "actual column", CALIBRATION);
  }

  private static DataTableSpec outputSpec(DataTableSpec scored) throws InvalidSettingsException {
    return AppendedColumns.spec(scored, COLUMNS, List.of(DoubleCell.TYPE, DoubleCell.TYPE));
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    predictionColumn(inSpecs[0], CALIBRATION);
    actualColumn(inSpecs[0]);
    predictionColumn(inSpecs[1], SCORED);
    alpha();
    return new DataTableSpec[] {outputSpec(inSpecs[1])};
  }

  private double alpha() throws InvalidSettingsException {
    return conformal.values().real(conformal.spec().parameter("alpha").orElseThrow());
  }

  private static double[] column(
      BufferedDataTable table, String name, String what, ExecutionMonitor exec)
      throws InvalidSettingsException, CanceledExecutionException {
    int index = table.getDataTableSpec().findColumnIndex(name);
    double[] values = new double[(int) table.size()];
    int r = 0;
    for (DataRow row : table) {
      if (r % 1024 == 0) {
        exec.checkCanceled();
      }
      DataCell cell = row.getCell(index);
      double v = cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
      if (!Double.isFinite(v)) {
        throw new InvalidSettingsException(
            "the column '"
                + Messages.quoted(name)
                + "' of "
                + what
                + " holds "
                + (cell.isMissing() ? "a missing value" : Double.toString(v))
                + " in row '"
                + Messages.quoted(row.getKey())
                + "'; filter such rows out first");
      }
      values[r++] = v;
    }
    return values;
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    BufferedDataTable calibration = inData[0];
    BufferedDataTable scored = inData[1];
    if (calibration.size() == 0) {
      throw new InvalidSettingsException(CALIBRATION + " has no rows");
    }
    double[] predicted =
        column(
            calibration,
            predictionColumn(calibration.getDataTableSpec(), CALIBRATION),
            CALIBRATION,
            exec);
    double[] truth =
        column(calibration, actualColumn(calibration.getDataTableSpec()), CALIBRATION, exec);
    double[] points =
        column(scored, predictionColumn(scored.getDataTableSpec(), SCORED), SCORED, exec);
    ConformalRegressor regressor;
    try {
      regressor = ConformalRegressor.absolute(predicted, truth, alpha());
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    List<DataCell[]> cells = new ArrayList<>();
    for (double p : points) {
      ConformalRegressor.Interval interval = regressor.interval(p);
      cells.add(
          new DataCell[] {new DoubleCell(interval.lower()), new DoubleCell(interval.upper())});
    }
    return new BufferedDataTable[] {
      AppendedColumns.write(scored, outputSpec(scored.getDataTableSpec()), cells, exec)
    };
  }

  @Override
  protected void reset() {}

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    prediction.saveSettingsTo(settings);
    actual.saveSettingsTo(settings);
    conformal.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, PREDICTION_COLUMN, prediction);
    SettingsCheck.validate(settings, ACTUAL_COLUMN, actual);
    conformal.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    prediction.loadSettingsFrom(settings);
    actual.loadSettingsFrom(settings);
    conformal.load(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
