package org.glasswing.knime.faithfulness;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.shapley.Background;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.workflow.LoopStartNodeTerminator;

/**
 * Deletion Curve Loop Start: on the first iteration it reads the explained rows (port 1), the
 * background (port 2) and their explanations (port 3, matched by row key) and prepares the core
 * {@link DeletionCurves} jobs; every iteration then emits the rows of a chunk of explained rows
 * with features removed (set to background values) in the explanation's order, its reverse and
 * random orders. The loop stops once every row's curves are known.
 */
public final class DeletionLoopStartNodeModel extends NodeModel implements LoopStartNodeTerminator {

  static final String EXPLAINED = "the explained table (port 1)";
  static final String BACKGROUND = "the background table (port 2)";
  static final String EXPLANATIONS = "the explanation table (port 3)";

  private final SettingsModelString probabilityColumn = probabilityColumnModel();
  private final SettingsModelIntegerBounded randomOrders = randomOrdersModel();
  private final SettingsModelInteger seed = seedModel();
  private final SettingsModelIntegerBounded rowsPerIteration = rowsPerIterationModel();
  private HostDrivenRun<double[][]> run;
  private DeletionCurves curves;
  private FeatureColumns features;
  private TableCodec codec;
  private List<RowKey> explainedKeys;
  private RowKey[] roundKeys;
  private int iteration;
  private FeatureColumns configured;

  /** Creates the model: three input tables, one output table. */
  public DeletionLoopStartNodeModel() {
    super(3, 1);
  }

  static SettingsModelString probabilityColumnModel() {
    return new SettingsModelString("probabilityColumn", "");
  }

  static SettingsModelIntegerBounded randomOrdersModel() {
    return new SettingsModelIntegerBounded("randomOrders", 10, 2, Integer.MAX_VALUE);
  }

  static SettingsModelInteger seedModel() {
    return new SettingsModelInteger("seed", 1);
  }

  static SettingsModelIntegerBounded rowsPerIterationModel() {
    return new SettingsModelIntegerBounded("rowsPerIteration", 10, 1, Integer.MAX_VALUE);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inSpecs[0], EXPLAINED);
    if (columns.size() < 2) {
      throw new InvalidSettingsException(
          "deletion curves need at least 2 feature columns in " + EXPLAINED);
    }
    if (inSpecs[1] != null) {
      columns.checkPresentIn(inSpecs[1], BACKGROUND);
    }
    if (inSpecs[2] != null) {
      attributionIndices(columns, inSpecs[2]);
    } else {
      probability();
    }
    configured = columns;
    return new DataTableSpec[] {TableCodec.decodedSpec(columns)};
  }

  private String probability() throws InvalidSettingsException {
    String name = probabilityColumn.getStringValue().trim();
    if (name.isEmpty()) {
      throw new InvalidSettingsException(
          "no probability column: name the predictor's column the explanations explain, such as"
              + " 'P (class=yes)'");
    }
    return name;
  }

  /** The explanation table's column "feature [probability column]" of each feature. */
  private int[] attributionIndices(FeatureColumns columns, DataTableSpec spec)
      throws InvalidSettingsException {
    String output = probability();
    int[] index = new int[columns.size()];
    for (int f = 0; f < index.length; f++) {
      String name = columns.names().get(f) + " [" + output + "]";
      DataColumnSpec column = spec.getColumnSpec(name);
      if (column == null || !column.getType().isCompatible(DoubleValue.class)) {
        throw new InvalidSettingsException(
            EXPLANATIONS
                + " has no numeric attribution column '"
                + Messages.quoted(name)
                + "' (as the explainer loop ends write it for the probability column '"
                + Messages.quoted(output)
                + "')");
      }
      index[f] = spec.findColumnIndex(name);
    }
    return index;
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    if (run == null) {
      start(inData, exec);
    }
    exec.checkCanceled();
    HostDrivenRun.Round round = run.nextRound();
    BufferedDataContainer out = exec.createDataContainer(TableCodec.decodedSpec(features));
    roundKeys = new RowKey[round.size()];
    for (int i = 0; i < round.size(); i++) {
      if (i % 1024 == 0) {
        exec.checkCanceled();
      }
      RowKey key =
          new RowKey(explainedKeys.get(round.tasks()[i]).getString() + "#" + iteration + "." + i);
      roundKeys[i] = key;
      out.addRowToTable(new DefaultRow(key, codec.decode(round.rows()[i])));
    }
    out.close();
    pushFlowVariableInt("currentIteration", iteration);
    exec.setProgress(
        run.progress(),
        "iteration "
            + (iteration + 1)
            + ": "
            + round.size()
            + " rows; "
            + run.finishedTasks()
            + " of "
            + explainedKeys.size()
            + " rows done");
    iteration++;
    return new BufferedDataTable[] {out.getTable()};
  }

  private void start(BufferedDataTable[] inData, ExecutionContext exec)
      throws InvalidSettingsException {
    features = FeatureColumns.of(inData[0].getDataTableSpec(), EXPLAINED);
    features.checkPresentIn(inData[1].getDataTableSpec(), BACKGROUND);
    int[] attributionIndex = attributionIndices(features, inData[2].getDataTableSpec());
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(EXPLAINED + " has no rows");
    }
    if (inData[1].size() == 0) {
      throw new InvalidSettingsException(BACKGROUND + " has no rows");
    }
    Map<RowKey, double[]> explanations = new HashMap<>();
    for (DataRow row : inData[2]) {
      double[] values = new double[attributionIndex.length];
      for (int f = 0; f < values.length; f++) {
        DataCell cell = row.getCell(attributionIndex[f]);
        if (cell.isMissing()) {
          throw new InvalidSettingsException(
              "the attribution of '"
                  + Messages.quoted(features.names().get(f))
                  + "' is missing in row '"
                  + Messages.quoted(row.getKey())
                  + "' of "
                  + EXPLANATIONS);
        }
        values[f] = ((DoubleValue) cell).getDoubleValue();
      }
      explanations.put(row.getKey(), values);
    }
    explainedKeys = TableCodec.keys(inData[0]);
    double[][] attributions = new double[explainedKeys.size()][];
    for (int r = 0; r < attributions.length; r++) {
      attributions[r] = explanations.get(explainedKeys.get(r));
      if (attributions[r] == null) {
        throw new InvalidSettingsException(
            "row '"
                + Messages.quoted(explainedKeys.get(r))
                + "' of "
                + EXPLAINED
                + " has no row in "
                + EXPLANATIONS);
      }
    }
    codec = TableCodec.of(features, List.of(inData[0], inData[1]));
    Dataset rows = codec.encode(inData[0]);
    Dataset background = codec.encode(inData[1]);
    curves =
        new DeletionCurves(
            Background.uniform(background), randomOrders.getIntValue(), seed.getIntValue());
    try {
      run =
          new HostDrivenRun<>(
              rows.numRows(),
              curves.seed(),
              EvaluationEngine.DEFAULT_BATCH_ROWS,
              rowsPerIteration.getIntValue(),
              curves.rowJobs(codec.schema(), rows, attributions, new int[rows.numRows()]));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    iteration = 0;
    exec.setMessage("deletion curves of " + rows.numRows() + " rows");
  }

  @Override
  public boolean terminateLoop() {
    return run != null && run.isFinished();
  }

  HostDrivenRun<double[][]> run() {
    return run;
  }

  DeletionCurves curves() {
    return curves;
  }

  RowKey[] roundKeys() {
    return roundKeys.clone();
  }

  String probabilityColumn() {
    return probabilityColumn.getStringValue().trim();
  }

  /**
   * The feature columns, known once configured with the explained table's spec.
   *
   * @return the columns, or {@code null} before configuration
   */
  FeatureColumns configuredFeatures() {
    return configured;
  }

  @Override
  protected void reset() {
    run = null;
    curves = null;
    features = null;
    codec = null;
    explainedKeys = null;
    roundKeys = null;
    iteration = 0;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    probabilityColumn.saveSettingsTo(settings);
    randomOrders.saveSettingsTo(settings);
    seed.saveSettingsTo(settings);
    rowsPerIteration.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "probabilityColumn", probabilityColumn);
    SettingsCheck.validate(settings, "randomOrders", randomOrders);
    SettingsCheck.validate(settings, "seed", seed);
    SettingsCheck.validate(settings, "rowsPerIteration", rowsPerIteration);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    probabilityColumn.loadSettingsFrom(settings);
    randomOrders.loadSettingsFrom(settings);
    seed.loadSettingsFrom(settings);
    rowsPerIteration.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
