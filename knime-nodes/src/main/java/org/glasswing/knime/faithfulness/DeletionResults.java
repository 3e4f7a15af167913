package org.glasswing.knime.faithfulness;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.knime.loop.LoopResults;
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

/**
 * The deletion curves of every explained row, averaged once all are known: the curves (most
 * important feature first, least important first, random orders) and their areas, the symmetric
 * relevance gain and the verdict of the core's {@link DeletionCurveResult}.
 */
final class DeletionResults implements LoopResults<double[][]> {

  private final DeletionCurves method;
  private final String output;
  private final List<double[][]> curves = new ArrayList<>();

  DeletionResults(DeletionCurves method, String output) {
    this.method = method;
    this.output = output;
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

  @Override
  public void add(int task, double[][] result) {
    curves.add(result);
  }

  @Override
  public BufferedDataTable[] tables(ExecutionContext exec) {
    DeletionCurveResult result = method.result(output, curves);
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
}
