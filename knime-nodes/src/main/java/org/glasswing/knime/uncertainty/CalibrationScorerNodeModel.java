package org.glasswing.knime.uncertainty;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.glasswing.knime.loop.CatalogueSettings;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Calibration Scorer: how well the predicted probabilities of a prediction table match the observed
 * frequencies of its actual classes ({@link CalibrationMetrics}): one row of metrics (ECE, MCE,
 * Brier, NLL and more) and the reliability table, one row per equal-width confidence bin.
 */
public final class CalibrationScorerNodeModel extends NodeModel {

  static final DataTableSpec METRICS_SPEC =
      new DataTableSpec(
          new String[] {
            "rows", "accuracy", "ECE", "ECE (equal mass)", "MCE", "class-wise ECE", "Brier", "NLL"
          },
          new DataType[] {
            IntCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE
          });

  static final DataTableSpec RELIABILITY_SPEC =
      new DataTableSpec(
          new String[] {"lower", "upper", "rows", "mean confidence", "accuracy", "gap"},
          new DataType[] {
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            IntCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE
          });

  private final PredictionTableSettings columns = new PredictionTableSettings();
  private final CatalogueSettings bins = binsSettings();

  /** The metrics of the last execution, for the view; null before it and after reset or reload. */
  private volatile CalibrationMetrics last;

  /** Creates the model: one input table, two output tables (metrics, reliability). */
  public CalibrationScorerNodeModel() {
    super(1, 2);
  }

  /** The catalogue name of the number of reliability bins. */
  static final String BINS = "bins";

  /**
   * The catalogue's {@code calibration} setting {@code bins} (its {@code folds} does not apply: the
   * node scores predictions it is given).
   *
   * @return the settings at the catalogue's default
   */
  static CatalogueSettings binsSettings() {
    return CatalogueSettings.of(Family.UNCERTAINTY, "calibration", List.of(BINS), Map.of());
  }

  PredictionTableSettings columnSettings() {
    return columns;
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    columns.columns(inSpecs[0], true);
    return new DataTableSpec[] {METRICS_SPEC, RELIABILITY_SPEC};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    PredictionColumns found = columns.columns(inData[0].getDataTableSpec(), true);
    PredictionReader read = PredictionReader.read(inData[0], found, exec);
    exec.checkCanceled();
    CalibrationMetrics m = CalibrationMetrics.of(read.predictions(found), (int) bins.number(BINS));
    last = m;
    BufferedDataContainer metrics = exec.createDataContainer(METRICS_SPEC);
    metrics.addRowToTable(
        new DefaultRow(
            "calibration",
            new IntCell(m.rows()),
            new DoubleCell(m.accuracy()),
            new DoubleCell(m.ece()),
            new DoubleCell(m.eceEqualMass()),
            new DoubleCell(m.mce()),
            new DoubleCell(m.classwiseEce()),
            new DoubleCell(m.brier()),
            new DoubleCell(m.nll())));
    metrics.close();
    BufferedDataContainer reliability = exec.createDataContainer(RELIABILITY_SPEC);
    int b = 0;
    for (ReliabilityBin bin : m.reliability()) {
      reliability.addRowToTable(
          new DefaultRow(
              "bin " + (++b),
              new DoubleCell(bin.lower()),
              new DoubleCell(bin.upper()),
              new IntCell(bin.count()),
              orMissing(bin.meanConfidence()),
              orMissing(bin.accuracy()),
              orMissing(bin.gap())));
    }
    reliability.close();
    exec.setProgress(1, "measured " + m.rows() + " rows");
    return new BufferedDataTable[] {metrics.getTable(), reliability.getTable()};
  }

  /**
   * A double cell, or a missing cell for NaN (an empty bin).
   *
   * @param value the value
   * @return the cell
   */
  static DataCell orMissing(double value) {
    return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
  }

  /**
   * The metrics and reliability bins of the last execution, which the view shows.
   *
   * @return the metrics, or null when the node has not executed since it was reset or loaded
   */
  CalibrationMetrics lastMetrics() {
    return last;
  }

  @Override
  protected void reset() {
    last = null;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    columns.save(settings);
    bins.save(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    columns.validate(settings);
    bins.validate(settings);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    columns.load(settings);
    bins.load(settings);
  }

  /** Reads the metrics the view shows, as the last execution left them. */
  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    last = CalibrationViewData.load(nodeInternDir.toPath());
  }

  /** Keeps the metrics the view shows, so that it reopens after a workflow reload. */
  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    if (last != null) {
      CalibrationViewData.save(last, nodeInternDir.toPath());
    }
  }
}
