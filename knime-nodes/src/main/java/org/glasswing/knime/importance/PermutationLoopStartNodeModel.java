package org.glasswing.knime.importance;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
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
 * Permutation Importance Loop Start: on the first iteration it reads the held-out table (features
 * and the class column named in the settings) and prepares the core {@link PermutationImportance}
 * jobs; every iteration then emits the held-out rows with one feature shuffled (for a chunk of
 * features, {@code repeats} shuffles each) or the intact rows, without the class column, for the
 * predictor to score. The loop stops once every feature's shuffles are scored.
 */
public final class PermutationLoopStartNodeModel extends NodeModel
    implements LoopStartNodeTerminator {

  static final String HELD_OUT = "the held-out table (port 1)";

  private final SettingsModelString classColumn = classColumnModel();
  private final SettingsModelString metric = metricModel();
  private final SettingsModelIntegerBounded repeats = repeatsModel();
  private final SettingsModelInteger seed = seedModel();
  private final SettingsModelIntegerBounded featuresPerIteration = featuresPerIterationModel();
  private HostDrivenRun<double[][][]> run;
  private PermutationImportance method;
  private PermutationImportance.FoldJobs fold;
  private List<String> labels;
  private String className;
  private TableCodec codec;
  private RowKey[] roundKeys;
  private int iteration;

  /** Creates the model: one input table, one output table. */
  public PermutationLoopStartNodeModel() {
    super(1, 1);
  }

  static SettingsModelString classColumnModel() {
    return new SettingsModelString("classColumn", "");
  }

  static SettingsModelString metricModel() {
    return new SettingsModelString("metric", Metric.ACCURACY.label());
  }

  static SettingsModelIntegerBounded repeatsModel() {
    return new SettingsModelIntegerBounded(
        "repeats", PermutationImportance.DEFAULT_REPEATS, 1, Integer.MAX_VALUE);
  }

  static SettingsModelInteger seedModel() {
    return new SettingsModelInteger("seed", 1);
  }

  static SettingsModelIntegerBounded featuresPerIterationModel() {
    return new SettingsModelIntegerBounded("featuresPerIteration", 10, 1, Integer.MAX_VALUE);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns columns = features(inSpecs[0]);
    parsedMetric();
    return new DataTableSpec[] {TableCodec.decodedSpec(columns)};
  }

  /** The feature columns: every column but the class column, which must be a string column. */
  private FeatureColumns features(DataTableSpec spec) throws InvalidSettingsException {
    String name = classColumn.getStringValue().trim();
    if (name.isEmpty()) {
      throw new InvalidSettingsException(
          "no class column: name the column of " + HELD_OUT + " that holds the true class");
    }
    DataColumnSpec target = spec.getColumnSpec(name);
    if (target == null) {
      throw new InvalidSettingsException(
          "the class column '" + Messages.quoted(name) + "' is not in " + HELD_OUT);
    }
    if (!target.getType().isCompatible(StringValue.class)) {
      throw new InvalidSettingsException(
          "the class column '"
              + Messages.quoted(name)
              + "' of "
              + HELD_OUT
              + " is not a string column; the loop explains classifiers (convert it with Number"
              + " to String)");
    }
    List<DataColumnSpec> others = new ArrayList<>();
    for (DataColumnSpec column : spec) {
      if (!column.getName().equals(name)) {
        others.add(column);
      }
    }
    FeatureColumns columns =
        FeatureColumns.of(new DataTableSpec(others.toArray(new DataColumnSpec[0])), HELD_OUT);
    return columns;
  }

  private Metric parsedMetric() throws InvalidSettingsException {
    String text = metric.getStringValue().trim();
    try {
      Metric parsed = Metric.parse(text);
      if (parsed == Metric.RMSE) {
        throw new IllegalArgumentException(
            "metric rmse needs a numeric target; use accuracy, auc or log-loss");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(
          "setting 'metric': " + SettingsCheck.oneLine(e.getMessage()), e);
    }
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    if (run == null) {
      start(inData[0], exec);
    }
    exec.checkCanceled();
    HostDrivenRun.Round round = run.nextRound();
    FeatureColumns columns = features(inData[0].getDataTableSpec());
    BufferedDataContainer out = exec.createDataContainer(TableCodec.decodedSpec(columns));
    roundKeys = new RowKey[round.size()];
    for (int i = 0; i < round.size(); i++) {
      if (i % 1024 == 0) {
        exec.checkCanceled();
      }
      RowKey key = new RowKey("task" + round.tasks()[i] + "#" + iteration + "." + i);
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
            + fold.taskCount()
            + " shuffle sets done");
    iteration++;
    return new BufferedDataTable[] {out.getTable()};
  }

  private void start(BufferedDataTable heldOut, ExecutionContext exec)
      throws InvalidSettingsException {
    FeatureColumns columns = features(heldOut.getDataTableSpec());
    Metric chosen = parsedMetric();
    if (heldOut.size() == 0) {
      throw new InvalidSettingsException(HELD_OUT + " has no rows");
    }
    className = classColumn.getStringValue().trim();
    int classIndex = heldOut.getDataTableSpec().findColumnIndex(className);
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Double> truth = new ArrayList<>();
    for (DataRow row : heldOut) {
      DataCell cell = row.getCell(classIndex);
      if (cell.isMissing()) {
        throw new InvalidSettingsException(
            "the class column '"
                + Messages.quoted(className)
                + "' of "
                + HELD_OUT
                + " has a missing value in row '"
                + Messages.quoted(row.getKey())
                + "'; remove such rows first (Row Filter or Missing Value)");
      } else {
        String label = ((StringValue) cell).getStringValue();
        seen.putIfAbsent(label, seen.size());
        truth.add((double) seen.get(label));
      }
    }
    labels = List.copyOf(seen.keySet());
    codec = TableCodec.of(columns, List.of(heldOut));
    Dataset features = codec.encode(heldOut);
    List<Feature> all = new ArrayList<>();
    for (int f = 0; f < columns.size(); f++) {
      all.add(features.schema().feature(f));
    }
    all.add(Feature.nominal(className, labels));
    Schema schema = new Schema(all, columns.size());
    double[][] rows = new double[features.numRows()][];
    for (int r = 0; r < rows.length; r++) {
      double[] row = features.row(r);
      rows[r] = Arrays.copyOf(row, row.length + 1);
      rows[r][row.length] = truth.get(r);
    }
    method = new PermutationImportance(chosen, repeats.getIntValue(), seed.getIntValue());
    try {
      fold = method.foldJobs(new Dataset(schema, rows), 0);
      run =
          new HostDrivenRun<>(
              fold.taskCount(),
              fold.seed(),
              EvaluationEngine.DEFAULT_BATCH_ROWS,
              featuresPerIteration.getIntValue(),
              method.rowJobs(fold));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    iteration = 0;
    exec.setMessage(
        "permutation importance of " + columns.size() + " features on " + rows.length + " rows");
  }

  @Override
  public boolean terminateLoop() {
    return run != null && run.isFinished();
  }

  HostDrivenRun<double[][][]> run() {
    return run;
  }

  PermutationImportance method() {
    return method;
  }

  PermutationImportance.FoldJobs fold() {
    return fold;
  }

  RowKey[] roundKeys() {
    return roundKeys.clone();
  }

  /**
   * The probability columns the predictor writes for the class labels, in the labels' order, such
   * as "P (class=yes)"; known once the loop has started.
   *
   * @return the column names
   */
  List<String> probabilityColumns() {
    List<String> names = new ArrayList<>();
    for (String label : labels) {
      names.add("P (" + className + "=" + label + ")");
    }
    return names;
  }

  @Override
  protected void reset() {
    run = null;
    method = null;
    fold = null;
    labels = null;
    className = null;
    codec = null;
    roundKeys = null;
    iteration = 0;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    classColumn.saveSettingsTo(settings);
    metric.saveSettingsTo(settings);
    repeats.saveSettingsTo(settings);
    seed.saveSettingsTo(settings);
    featuresPerIteration.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "classColumn", classColumn);
    SettingsCheck.validate(settings, "metric", metric);
    SettingsCheck.validate(settings, "repeats", repeats);
    SettingsCheck.validate(settings, "seed", seed);
    SettingsCheck.validate(settings, "featuresPerIteration", featuresPerIteration);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    classColumn.loadSettingsFrom(settings);
    metric.loadSettingsFrom(settings);
    repeats.loadSettingsFrom(settings);
    seed.loadSettingsFrom(settings);
    featuresPerIteration.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
