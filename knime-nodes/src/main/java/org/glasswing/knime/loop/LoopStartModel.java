package org.glasswing.knime.loop;

import java.io.File;
import java.util.Objects;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.knime.table.SettingsCheck;
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
 * The loop start of every explainer loop: on the first iteration its {@link LoopMethod} reads the
 * input tables and prepares the core's row jobs; every iteration then emits one round of synthetic
 * rows (at most one batch for each of a chunk of tasks) for the user's predictor. The loop end
 * hands the predictions back; the loop stops once every task has finished.
 *
 * @param <R> the row jobs' result type
 */
public abstract class LoopStartModel<R> extends NodeModel implements LoopStartNodeTerminator {

  private final LoopMethod<R> method;
  private LoopJobs<R> jobs;
  private HostDrivenRun<R> run;
  private RowKey[] roundKeys;
  private int iteration;

  /**
   * Creates the model with one output table.
   *
   * @param inPorts the number of input tables
   * @param method the loop's own part
   */
  protected LoopStartModel(int inPorts, LoopMethod<R> method) {
    super(inPorts, 1);
    this.method = Objects.requireNonNull(method, "method");
  }

  @Override
  protected final DataTableSpec[] configure(DataTableSpec[] inSpecs)
      throws InvalidSettingsException {
    return new DataTableSpec[] {method.configure(inSpecs)};
  }

  @Override
  protected final BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    if (run == null) {
      start(inData, exec);
    }
    exec.checkCanceled();
    HostDrivenRun.Round round = run.nextRound();
    BufferedDataContainer out = exec.createDataContainer(jobs.rowSpec());
    roundKeys = new RowKey[round.size()];
    for (int i = 0; i < round.size(); i++) {
      if (i % 1024 == 0) {
        exec.checkCanceled();
      }
      RowKey key = new RowKey(jobs.taskKey().apply(round.tasks()[i]) + "#" + iteration + "." + i);
      roundKeys[i] = key;
      out.addRowToTable(new DefaultRow(key, jobs.codec().decode(round.rows()[i])));
    }
    out.close();
    pushFlowVariableInt("currentIteration", iteration);
    if (method.doneVariable() != null) {
      pushFlowVariableInt(method.doneVariable(), run.finishedTasks());
    }
    exec.setProgress(
        run.progress(),
        "iteration "
            + (iteration + 1)
            + ": "
            + round.size()
            + " rows; "
            + run.finishedTasks()
            + " of "
            + jobs.tasks()
            + " "
            + method.doneUnit());
    iteration++;
    return new BufferedDataTable[] {out.getTable()};
  }

  private void start(BufferedDataTable[] inData, ExecutionContext exec)
      throws InvalidSettingsException {
    LoopJobs<R> prepared = method.start(inData);
    try {
      run = prepared.run();
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    jobs = prepared;
    iteration = 0;
    exec.setMessage(prepared.message());
  }

  @Override
  public final boolean terminateLoop() {
    return run != null && run.isFinished();
  }

  /**
   * The loop's own part.
   *
   * @return the method
   */
  final LoopMethod<R> method() {
    return method;
  }

  /**
   * The run the loop end answers; {@code null} before the first iteration.
   *
   * @return the run
   */
  final HostDrivenRun<R> run() {
    return run;
  }

  /**
   * The keys of the rows emitted in the last iteration, in order.
   *
   * @return the keys
   */
  final RowKey[] roundKeys() {
    return roundKeys.clone();
  }

  @Override
  protected final void reset() {
    run = null;
    jobs = null;
    roundKeys = null;
    iteration = 0;
    method.reset();
  }

  @Override
  protected final void saveSettingsTo(NodeSettingsWO settings) {
    method.settings().save(settings);
  }

  @Override
  protected final void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    method.settings().validate(settings);
  }

  @Override
  protected final void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    method.settings().load(settings);
  }

  @Override
  protected final void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected final void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
