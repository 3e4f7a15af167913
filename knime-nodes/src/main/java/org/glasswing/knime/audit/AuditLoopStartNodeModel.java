package org.glasswing.knime.audit;

import org.glasswing.knime.bridge.BridgeLoopStartModel;
import org.glasswing.knime.bridge.BridgedRun;
import org.glasswing.knime.table.TableCodec;
import org.glasswing.report.Report;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Audit Report Loop Start: on the first iteration it reads the audited table (features and the
 * class column) and starts the audit service on its own thread, with the loop's predictor as the
 * model ({@link AuditWork}); each iteration then emits the rows the audit asks predictions for (the
 * feature columns). The loop end hands the predictions back; the loop stops once the audit has
 * ended.
 */
public final class AuditLoopStartNodeModel extends BridgeLoopStartModel<Report> {

  private final AuditSettings settings;
  private AuditTable table;

  /** Creates the model: one input table (the audited rows), one output (rows to predict). */
  public AuditLoopStartNodeModel() {
    this(new AuditSettings());
  }

  private AuditLoopStartNodeModel(AuditSettings settings) {
    super(1, settings, "audit");
    this.settings = settings;
  }

  @Override
  protected DataTableSpec requestSpec(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    settings.auditPlan();
    settings.checkLearner();
    DataTableSpec spec = inSpecs[0];
    return TableCodec.decodedSpec(
        AuditTable.features(spec, AuditTable.classColumn(spec, settings.classColumn())));
  }

  @Override
  protected BridgedRun<Report> start(BufferedDataTable[] inData, ExecutionContext exec)
      throws InvalidSettingsException {
    String learner = settings.checkLearner();
    AuditTable read =
        AuditTable.read(inData[0], settings.classColumn(), "the audited table (KNIME)");
    table = read;
    return new BridgedRun<>(
        "glasswing-audit",
        AuditWork.of(settings.auditPlan(), read, learner),
        read.requestSpec(),
        read::decode);
  }

  /**
   * The table the running audit reads.
   *
   * @return the table, or {@code null} before the first iteration
   */
  AuditTable table() {
    return table;
  }

  /**
   * The settings, for the loop end's report file.
   *
   * @return the settings
   */
  AuditSettings settings() {
    return settings;
  }
}
