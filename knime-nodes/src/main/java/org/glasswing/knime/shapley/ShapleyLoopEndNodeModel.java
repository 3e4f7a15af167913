package org.glasswing.knime.shapley;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.shapley.ShapleyValues;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;

/**
 * Shapley Explainer Loop End: reads the predictor's probability columns for the rows its loop start
 * emitted, hands them back, and collects one row per explained row (the input row's key) with one
 * attribution column per feature and probability column, the base value and the prediction.
 */
public final class ShapleyLoopEndNodeModel extends NodeModel implements LoopEndNode {

  private final SettingsModelString probabilityColumns = probabilityColumnsModel();
  private BufferedDataContainer results;

  /** Creates the model: one input table (the predictions), one output table. */
  public ShapleyLoopEndNodeModel() {
    super(1, 1);
  }

  static SettingsModelString probabilityColumnsModel() {
    return new SettingsModelString("probabilityColumns", "");
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    ShapleyLoopStartNodeModel start = start();
    List<String> outputs = outputColumns(inSpecs[0]);
    FeatureColumns features = start.configuredFeatures();
    return new DataTableSpec[] {features == null ? null : outputSpec(features.names(), outputs)};
  }

  /**
   * Runs one iteration; if it fails, forgets what the earlier iterations collected, so that no
   * half-filled result outlives the failed loop.
   */
  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    try {
      return iterate(inData, exec);
    } catch (Exception e) {
      reset();
      throw e;
    }
  }

  private BufferedDataTable[] iterate(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    ShapleyLoopStartNodeModel start = start();
    HostDrivenRun<ShapleyValues> run = start.run();
    if (run == null || !run.isAwaitingAnswers()) {
      throw new IllegalStateException(
          "the Shapley Explainer Loop Start has not sent out rows for this iteration");
    }
    BufferedDataTable predictions = inData[0];
    List<String> outputs = outputColumns(predictions.getDataTableSpec());
    List<String> features = start.features().names();
    if (results == null) {
      results = exec.createDataContainer(outputSpec(features, outputs));
    }
    run.answer(LoopAnswers.read(predictions, outputs, start.roundKeys(), exec));
    for (HostDrivenRun.Finished<ShapleyValues> done : run.takeFinished()) {
      results.addRowToTable(
          new DefaultRow(start.explainedKeys().get(done.task()), cells(done.result())));
    }
    exec.setProgress(run.progress(), run.finishedTasks() + " rows explained");
    if (!start.terminateLoop()) {
      continueLoop();
      return new BufferedDataTable[1];
    }
    results.close();
    BufferedDataTable table = results.getTable();
    results = null;
    return new BufferedDataTable[] {table};
  }

  private ShapleyLoopStartNodeModel start() throws InvalidSettingsException {
    LoopStartNode head = getLoopStartNode();
    if (head == null) {
      throw new InvalidSettingsException(
          "Shapley Explainer Loop End needs a Shapley Explainer Loop Start at the head of its"
              + " loop");
    }
    if (!(head instanceof ShapleyLoopStartNodeModel start)) {
      throw new InvalidSettingsException(
          "the loop starts with "
              + head.getClass().getSimpleName()
              + "; Shapley Explainer Loop End needs a Shapley Explainer Loop Start");
    }
    return start;
  }

  private List<String> outputColumns(DataTableSpec spec) throws InvalidSettingsException {
    return LoopAnswers.probabilityColumns(spec, probabilityColumns.getStringValue());
  }

  static DataTableSpec outputSpec(List<String> features, List<String> outputs) {
    List<String> names = new ArrayList<>();
    for (String output : outputs) {
      for (String feature : features) {
        names.add(feature + " [" + output + "]");
      }
      names.add("base value [" + output + "]");
      names.add("prediction [" + output + "]");
    }
    DataType[] types = new DataType[names.size()];
    java.util.Arrays.fill(types, DoubleCell.TYPE);
    return new DataTableSpec(names.toArray(new String[0]), types);
  }

  private static DataCell[] cells(ShapleyValues values) {
    List<DataCell> cells = new ArrayList<>();
    for (int o = 0; o < values.baseValue().length; o++) {
      for (double a : values.attributions()[o]) {
        cells.add(new DoubleCell(a));
      }
      cells.add(new DoubleCell(values.baseValue()[o]));
      cells.add(new DoubleCell(values.prediction()[o]));
    }
    return cells.toArray(new DataCell[0]);
  }

  @Override
  protected void reset() {
    results = null;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    probabilityColumns.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, "probabilityColumns", probabilityColumns);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    probabilityColumns.loadSettingsFrom(settings);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
