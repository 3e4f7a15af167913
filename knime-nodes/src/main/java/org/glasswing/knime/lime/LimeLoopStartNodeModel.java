package org.glasswing.knime.lime;

import java.io.File;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeResult;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataTableSpec;
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
import org.knime.core.node.workflow.LoopStartNodeTerminator;

/**
 * LIME Explainer Loop Start: on the first iteration it reads the rows to explain (port 1) and the
 * training rows (port 2, whose statistics LIME draws its samples from) and prepares the core {@link
 * Lime}'s row jobs; every iteration then emits one round of samples (at most one batch for each of
 * a chunk of explained rows) for the user's predictor. The loop end hands the predictions back; the
 * loop stops once every row is explained.
 */
public final class LimeLoopStartNodeModel extends NodeModel implements LoopStartNodeTerminator {

  static final String EXPLAINED = "the explained table (port 1)";
  static final String TRAINING = "the training table (port 2)";

  private final LimeLoopSettings settings = new LimeLoopSettings();
  private HostDrivenRun<LimeResult> run;
  private List<RowKey> explainedKeys;
  private FeatureColumns features;
  private Lime explainer;
  private RowKey[] roundKeys;
  private int iteration;
  private FeatureColumns configured;

  /** Creates the model: two input tables, one output table. */
  public LimeLoopStartNodeModel() {
    super(2, 1);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inSpecs[0], EXPLAINED);
    settings.checkMaxFeatures(columns.size());
    if (inSpecs[1] != null) {
      columns.checkPresentIn(inSpecs[1], TRAINING);
    }
    configured = columns;
    return new DataTableSpec[] {TableCodec.decodedSpec(columns)};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    if (run == null) {
      start(inData, exec);
    }
    exec.checkCanceled();
    HostDrivenRun.Round round = run.nextRound();
    TableCodec codec = codec();
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
    pushFlowVariableInt("explainedRowsDone", run.finishedTasks());
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
            + " rows explained");
    iteration++;
    return new BufferedDataTable[] {out.getTable()};
  }

  private TableCodec codecCache;

  private TableCodec codec() {
    return codecCache;
  }

  private void start(BufferedDataTable[] inData, ExecutionContext exec)
      throws InvalidSettingsException {
    features = FeatureColumns.of(inData[0].getDataTableSpec(), EXPLAINED);
    features.checkPresentIn(inData[1].getDataTableSpec(), TRAINING);
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(EXPLAINED + " has no rows to explain");
    }
    if (inData[1].size() == 0) {
      throw new InvalidSettingsException(TRAINING + " has no rows");
    }
    codecCache = TableCodec.of(features, List.of(inData[0], inData[1]));
    Dataset rows = codecCache.encode(inData[0]);
    Dataset training = codecCache.encode(inData[1]);
    explainedKeys = TableCodec.keys(inData[0]);
    explainer = settings.explainer(training, features.size());
    try {
      run =
          new HostDrivenRun<>(
              rows.numRows(),
              explainer.seed(),
              settings.batchRows.getIntValue(),
              settings.rowsPerIteration.getIntValue(),
              explainer.rowJobs(codecCache.schema(), rows));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    iteration = 0;
    exec.setMessage("explaining " + rows.numRows() + " rows with LIME");
  }

  @Override
  public boolean terminateLoop() {
    return run != null && run.isFinished();
  }

  /**
   * The run the loop end answers; {@code null} before the first iteration.
   *
   * @return the run
   */
  HostDrivenRun<LimeResult> run() {
    return run;
  }

  /**
   * The keys of the rows emitted in the last iteration, in order.
   *
   * @return the keys
   */
  RowKey[] roundKeys() {
    return roundKeys.clone();
  }

  List<RowKey> explainedKeys() {
    return explainedKeys;
  }

  FeatureColumns features() {
    return features;
  }

  Lime explainer() {
    return explainer;
  }

  /**
   * The feature columns the loop explains, known once configured with the explained table's spec.
   *
   * @return the columns, or {@code null} before configuration
   */
  FeatureColumns configuredFeatures() {
    return configured;
  }

  @Override
  protected void reset() {
    run = null;
    explainedKeys = null;
    features = null;
    explainer = null;
    roundKeys = null;
    codecCache = null;
    iteration = 0;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settingsWO) {
    settings.save(settingsWO);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settingsRO) throws InvalidSettingsException {
    settings.validate(settingsRO);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settingsRO)
      throws InvalidSettingsException {
    settings.load(settingsRO);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
