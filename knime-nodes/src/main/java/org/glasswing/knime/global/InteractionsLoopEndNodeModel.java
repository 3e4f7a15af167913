package org.glasswing.knime.global;

import java.io.File;
import java.util.List;
import org.glasswing.core.global.Interactions;
import org.glasswing.knime.bridge.BridgeLoopEndModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;

/**
 * Interactions Loop End: hands the predictor's column back to the H-statistic's computation and,
 * once it has ended, returns the pairs ({@link InteractionsRows#pairs}) and the candidates'
 * ranking. The statistic is that of one prediction column: the first of the chosen ones (every
 * {@code P (...)} column, else the {@code Prediction (...)} column), so name the class's column to
 * study another class.
 */
public final class InteractionsLoopEndNodeModel
    extends BridgeLoopEndModel<Interactions, InteractionsLoopStartNodeModel> {

  private Interactions last;

  /** Creates the model: one input (the predictions), two outputs (pairs, ranking). */
  public InteractionsLoopEndNodeModel() {
    super(InteractionsLoopStartNodeModel.class, "Interactions", 2);
  }

  @Override
  protected List<String> outputs(List<String> found, InteractionsLoopStartNodeModel start) {
    if (found.size() > 1) {
      setWarningMessage(
          "studied the first prediction column, '"
              + found.get(0)
              + "'; name another in the setting 'probabilityColumns'");
    }
    return List.of(found.get(0));
  }

  @Override
  protected DataTableSpec[] resultSpecs(DataTableSpec predictions, List<String> found) {
    return new DataTableSpec[] {InteractionsRows.PAIRS, InteractionsRows.RANKING};
  }

  @Override
  protected BufferedDataTable[] finish(
      Interactions result,
      List<String> outputs,
      InteractionsLoopStartNodeModel start,
      ExecutionContext exec) {
    last = result;
    String column = outputs.get(0);
    pushFlowVariableDouble(
        "strongestInteraction", result.pairs().isEmpty() ? 0 : result.pairs().get(0).h());
    return new BufferedDataTable[] {
      InteractionsRows.pairs(result, column, exec), InteractionsRows.ranking(result, column, exec)
    };
  }

  /**
   * The last loop's result.
   *
   * @return the interactions, or {@code null} before a loop finished (or after a reset)
   */
  Interactions result() {
    return last;
  }

  @Override
  protected void forget() {
    last = null;
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
