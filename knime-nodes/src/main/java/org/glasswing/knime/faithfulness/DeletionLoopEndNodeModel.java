package org.glasswing.knime.faithfulness;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.knime.table.LoopAnswers;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
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
 * Deletion Curve Loop End: reads the predictor's explained probability column for the rows its loop
 * start emitted, hands it back, and once every row is done returns the curves averaged over rows
 * (most important feature first, least important first, random orders) and their areas, the
 * symmetric relevance gain and the verdict of the core's {@link DeletionCurveResult}.
 */
public final class DeletionLoopEndNodeModel extends NodeModel implements LoopEndNode {

  private final List<double[][]> curves = new ArrayList<>();

  /** Creates the model: one input table (the predictions), two output tables. */
  public DeletionLoopEndNodeModel() {
    super(1, 2);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    DeletionLoopStartNodeModel start = start();
    LoopAnswers.probabilityColumns(inSpecs[0], start.probabilityColumn());
    return new DataTableSpec[] {curveSpec(), summarySpec()};
  }

  static DataTableSpec curveSpec() {
    return new DataTableSpec(
        new String[] {"features removed", "share removed", "MIF", "LIF", "random", "random spread"},
        new DataType[] {
          IntCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE
        });
  }

  static DataTableSpec summarySpec() {
    return new DataTableSpec(
        new String[] {
          "AUC MIF", "AUC LIF", "AUC random", "AUC random spread", "SRG", "verdict", "reason"
        },
        new DataType[] {
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          DoubleCell.TYPE,
          StringCell.TYPE,
          StringCell.TYPE
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
    DeletionLoopStartNodeModel start = start();
    HostDrivenRun<double[][]> run = start.run();
    if (run == null || !run.isAwaitingAnswers()) {
      throw new IllegalStateException(
          "the Deletion Curve Loop Start has not sent out rows for this iteration");
    }
    List<String> output =
        LoopAnswers.probabilityColumns(inData[0].getDataTableSpec(), start.probabilityColumn());
    run.answer(LoopAnswers.read(inData[0], output, start.roundKeys(), exec));
    for (HostDrivenRun.Finished<double[][]> done : run.takeFinished()) {
      curves.add(done.result());
    }
    exec.setProgress(run.progress(), run.finishedTasks() + " rows done");
    if (!start.terminateLoop()) {
      continueLoop();
      return new BufferedDataTable[2];
    }
    DeletionCurveResult result = start.curves().result(start.probabilityColumn(), curves);
    curves.clear();
    BufferedDataContainer curveTable = exec.createDataContainer(curveSpec());
    double[] mif = result.mif();
    int n = mif.length - 1;
    for (int k = 0; k <= n; k++) {
      curveTable.addRowToTable(
          new DefaultRow(
              new RowKey("removed " + k),
              new IntCell(k),
              new DoubleCell((double) k / n),
              new DoubleCell(mif[k]),
              new DoubleCell(result.lif()[k]),
              new DoubleCell(result.random()[k]),
              new DoubleCell(result.randomSpread()[k])));
    }
    curveTable.close();
    BufferedDataContainer summary = exec.createDataContainer(summarySpec());
    summary.addRowToTable(
        new DefaultRow(
            new RowKey("deletion curves"),
            new DoubleCell(result.mifAuc()),
            new DoubleCell(result.lifAuc()),
            new DoubleCell(result.randomAuc()),
            new DoubleCell(result.randomAucSpread()),
            new DoubleCell(result.srg()),
            new StringCell(result.verdict().name()),
            new StringCell(result.reason())));
    summary.close();
    return new BufferedDataTable[] {curveTable.getTable(), summary.getTable()};
  }

  private DeletionLoopStartNodeModel start() throws InvalidSettingsException {
    LoopStartNode head = getLoopStartNode();
    if (head == null) {
      throw new InvalidSettingsException(
          "Deletion Curve Loop End needs a Deletion Curve Loop Start at the head of its loop");
    }
    if (!(head instanceof DeletionLoopStartNodeModel start)) {
      throw new InvalidSettingsException(
          "the loop starts with "
              + head.getClass().getSimpleName()
              + "; Deletion Curve Loop End needs a Deletion Curve Loop Start");
    }
    return start;
  }

  @Override
  protected void reset() {
    curves.clear();
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
