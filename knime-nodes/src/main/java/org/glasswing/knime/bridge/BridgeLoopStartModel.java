package org.glasswing.knime.bridge;

import java.io.File;
import org.glasswing.knime.loop.LoopSettings;
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
 * The loop start of every bridged loop: on the first iteration a subclass reads the input tables
 * and starts its core computation on its own thread ({@link BridgedRun}); every iteration then
 * emits the rows the computation waits for, keyed {@code <prefix>#<iteration>.<n>}. The loop end
 * ({@link BridgeLoopEndModel}) hands the predictions back; the loop stops once the computation has
 * ended.
 *
 * @param <T> the computation's result
 */
public abstract class BridgeLoopStartModel<T> extends NodeModel implements LoopStartNodeTerminator {

  private final LoopSettings settings;
  private final String keyPrefix;
  private BridgedRun<T> run;
  private RowKey[] sentKeys;
  private int iteration;
  private boolean done;

  /**
   * Creates the model with one output table (the rows to predict).
   *
   * @param inPorts the number of input tables
   * @param settings the node's settings
   * @param keyPrefix the prefix of the emitted rows' keys, such as "audit"
   */
  protected BridgeLoopStartModel(int inPorts, LoopSettings settings, String keyPrefix) {
    super(inPorts, 1);
    this.settings = settings;
    this.keyPrefix = keyPrefix;
  }

  /**
   * Checks the settings and the input specs.
   *
   * @param inSpecs the input specs
   * @return the spec of the rows the computation will ask about
   * @throws InvalidSettingsException naming the setting or column at fault
   */
  protected abstract DataTableSpec requestSpec(DataTableSpec[] inSpecs)
      throws InvalidSettingsException;

  /**
   * Reads the input tables and starts the computation.
   *
   * @param inData the input tables
   * @param exec for progress and cancellation while reading
   * @return the started run
   * @throws Exception naming the input at fault
   */
  protected abstract BridgedRun<T> start(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception;

  @Override
  protected final DataTableSpec[] configure(DataTableSpec[] inSpecs)
      throws InvalidSettingsException {
    return new DataTableSpec[] {requestSpec(inSpecs)};
  }

  @Override
  protected final BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    if (run == null) {
      done = false;
      iteration = 0;
      run = start(inData, exec);
      if (!run.bridge().awaitRequestOrEnd(exec)) {
        BridgedRun<T> ended = run;
        run = null;
        ended.result(); // rethrows the computation's failure
        throw new IllegalStateException("the computation ended without asking for a prediction");
      }
    }
    exec.checkCanceled();
    double[][] rows = run.bridge().take();
    BufferedDataContainer out = exec.createDataContainer(run.requestSpec());
    sentKeys = new RowKey[rows.length];
    for (int i = 0; i < rows.length; i++) {
      if (i % 1024 == 0) {
        exec.checkCanceled();
      }
      sentKeys[i] = new RowKey(keyPrefix + "#" + iteration + "." + i);
      out.addRowToTable(new DefaultRow(sentKeys[i], run.decode(rows[i])));
    }
    out.close();
    pushFlowVariableInt("currentIteration", iteration);
    exec.setProgress(
        run.bridge().progress(), "iteration " + (iteration + 1) + ": " + rows.length + " rows");
    iteration++;
    return new BufferedDataTable[] {out.getTable()};
  }

  @Override
  public final boolean terminateLoop() {
    return done || (run != null && run.bridge().isFinished());
  }

  /**
   * The running computation the loop end answers.
   *
   * @return the run, or {@code null} before the first iteration and after the end
   */
  final BridgedRun<T> run() {
    return run;
  }

  /**
   * The keys of the rows emitted in the last iteration, in order.
   *
   * @return the keys
   */
  final RowKey[] sentKeys() {
    return sentKeys == null ? new RowKey[0] : sentKeys.clone();
  }

  /** Forgets the ended computation, once the loop end has its result or has refused. */
  final void ended() {
    done = true;
    run = null;
    sentKeys = null;
  }

  @Override
  protected final void reset() {
    if (run != null) {
      run.cancel();
    }
    run = null;
    sentKeys = null;
    iteration = 0;
    done = false;
  }

  @Override
  protected final void saveSettingsTo(NodeSettingsWO out) {
    settings.save(out);
  }

  @Override
  protected final void validateSettings(NodeSettingsRO in) throws InvalidSettingsException {
    settings.validate(in);
  }

  @Override
  protected final void loadValidatedSettingsFrom(NodeSettingsRO in)
      throws InvalidSettingsException {
    settings.load(in);
  }

  @Override
  protected final void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected final void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
