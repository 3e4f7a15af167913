package org.glasswing.knime.audit;

import java.io.File;
import org.glasswing.audit.AuditPlan;
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
 * Audit Report Loop Start: on the first iteration it reads the audited table (features and the
 * class column) and starts the audit service on its own thread, with the loop's predictor as the
 * model; each iteration then emits the rows the audit asks predictions for (the feature columns).
 * The loop end hands the predictions back; the loop stops once the audit has ended.
 */
public final class AuditLoopStartNodeModel extends NodeModel implements LoopStartNodeTerminator {

  private final AuditSettings settings = new AuditSettings();
  private AuditSession session;
  private RowKey[] sentKeys;
  private int iteration;
  private boolean done;

  /** Creates the model: one input table (the audited rows), one output (rows to predict). */
  public AuditLoopStartNodeModel() {
    super(1, 1);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    settings.auditPlan();
    settings.checkLearner();
    settings.sharing();
    DataTableSpec spec = inSpecs[0];
    return new DataTableSpec[] {
      TableCodec.decodedSpec(
          AuditTable.features(spec, AuditTable.classColumn(spec, settings.classColumn())))
    };
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    if (session == null) {
      done = false;
      AuditPlan plan = settings.auditPlan();
      String learner = settings.checkLearner();
      AuditTable table =
          AuditTable.read(inData[0], settings.classColumn(), "the audited table (KNIME)");
      session = new AuditSession(plan, table, learner, "the audited table", settings.sharing());
      iteration = 0;
      if (!session.bridge().awaitRequestOrEnd(exec)) {
        AuditSession ended = session;
        session = null;
        ended.report(); // rethrows the audit's failure
        throw new IllegalStateException("the audit ended without asking for a prediction");
      }
    }
    exec.checkCanceled();
    double[][] rows = session.bridge().take();
    BufferedDataContainer out = exec.createDataContainer(session.table().requestSpec());
    sentKeys = new RowKey[rows.length];
    for (int i = 0; i < rows.length; i++) {
      if (i % 1024 == 0) {
        exec.checkCanceled();
      }
      sentKeys[i] = new RowKey("audit#" + iteration + "." + i);
      out.addRowToTable(new DefaultRow(sentKeys[i], session.table().decode(rows[i])));
    }
    out.close();
    pushFlowVariableInt("currentIteration", iteration);
    exec.setProgress(
        session.progress(), "iteration " + (iteration + 1) + ": " + rows.length + " rows");
    iteration++;
    return new BufferedDataTable[] {out.getTable()};
  }

  @Override
  public boolean terminateLoop() {
    return done || (session != null && session.bridge().isFinished());
  }

  /**
   * The running audit the loop end answers.
   *
   * @return the session, or {@code null} before the first iteration
   */
  AuditSession session() {
    return session;
  }

  /**
   * The keys of the rows emitted in the last iteration, in order.
   *
   * @return the keys
   */
  RowKey[] sentKeys() {
    return sentKeys == null ? new RowKey[0] : sentKeys.clone();
  }

  /**
   * The settings, for the loop end's report file.
   *
   * @return the settings
   */
  AuditSettings settings() {
    return settings;
  }

  /** Forgets the finished audit, once the loop end has its report. */
  void ended() {
    done = true;
    session = null;
    sentKeys = null;
  }

  @Override
  protected void reset() {
    if (session != null) {
      session.cancel();
    }
    session = null;
    sentKeys = null;
    iteration = 0;
    done = false;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO out) {
    settings.save(out);
  }

  @Override
  protected void validateSettings(NodeSettingsRO in) throws InvalidSettingsException {
    settings.validate(in);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO in) throws InvalidSettingsException {
    settings.load(in);
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
