package org.glasswing.knime.importance;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.knime.table.LoopAnswers;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;

/**
 * Permutation Importance Loop End: reads the predictor's probability columns "P (class=label)" for
 * the rows its loop start emitted, hands them back, and once every feature is done returns the
 * core's {@link ImportanceResult}: one row per feature with its importance (the mean drop in
 * score), the standard deviation of the drops and the 95 % bootstrap interval, most important
 * first, as the CLI's {@code feature,importance,std,ci_low,ci_high}.
 */
public final class PermutationLoopEndNodeModel extends NodeModel implements LoopEndNode {

  private double[][][][] results;

  /** Creates the model: one input table (the predictions), one output table. */
  public PermutationLoopEndNodeModel() {
    super(1, 1);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    start();
    return new DataTableSpec[] {spec()};
  }

  static DataTableSpec spec() {
    return new DataTableSpec(
        new String[] {"feature", "importance", "std", "ci_low", "ci_high"},
        new DataType[] {
          StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE
        });
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
    PermutationLoopStartNodeModel start = start();
    HostDrivenRun<double[][][]> run = start.run();
    if (run == null || !run.isAwaitingAnswers()) {
      throw new IllegalStateException(
          "the Permutation Importance Loop Start has not sent out rows for this iteration");
    }
    List<String> output = start.probabilityColumns();
    DataTableSpec spec = inData[0].getDataTableSpec();
    for (String column : output) {
      LoopAnswers.probabilityColumns(spec, column);
    }
    if (results == null) {
      results = new double[start.fold().taskCount()][][][];
    }
    run.answer(LoopAnswers.read(inData[0], output, start.roundKeys(), exec));
    for (HostDrivenRun.Finished<double[][][]> done : run.takeFinished()) {
      results[done.task()] = done.result();
    }
    exec.setProgress(run.progress(), run.finishedTasks() + " shuffle sets done");
    if (!start.terminateLoop()) {
      continueLoop();
      return new BufferedDataTable[1];
    }
    ImportanceResult result =
        start.method().result(List.of(start.fold()), List.of(Arrays.asList(results)));
    results = null;
    BufferedDataContainer table = exec.createDataContainer(spec());
    for (ImportanceScore score : result.sorted()) {
      table.addRowToTable(
          new DefaultRow(
              new RowKey(score.feature().name()),
              new StringCell(score.feature().name()),
              new DoubleCell(score.importance()),
              new DoubleCell(score.std()),
              new DoubleCell(score.ciLow()),
              new DoubleCell(score.ciHigh())));
    }
    table.close();
    return new BufferedDataTable[] {table.getTable()};
  }

  private PermutationLoopStartNodeModel start() throws InvalidSettingsException {
    LoopStartNode head = getLoopStartNode();
    if (head == null) {
      throw new InvalidSettingsException(
          "Permutation Importance Loop End needs a Permutation Importance Loop Start at the head"
              + " of its loop");
    }
    if (!(head instanceof PermutationLoopStartNodeModel start)) {
      throw new InvalidSettingsException(
          "the loop starts with "
              + head.getClass().getSimpleName()
              + "; Permutation Importance Loop End needs a Permutation Importance Loop Start");
    }
    return start;
  }

  @Override
  protected void reset() {
    results = null;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {}

  @Override
  protected void validateSettings(NodeSettingsRO settings) {}

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings) {}

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {}

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {}
}
