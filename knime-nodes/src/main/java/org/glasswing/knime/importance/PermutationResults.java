package org.glasswing.knime.importance;

import java.util.Arrays;
import java.util.List;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.knime.loop.LoopResults;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The core's {@link ImportanceResult} once every shuffle set is scored: one row per feature with
 * its importance (the mean drop in score), the standard deviation of the drops and the 95 %
 * bootstrap interval, most important first, as the CLI's {@code
 * feature,importance,std,ci_low,ci_high}.
 */
final class PermutationResults implements LoopResults<double[][][]> {

  private final PermutationImportance method;
  private final PermutationImportance.FoldJobs fold;
  private final double[][][][] results;

  PermutationResults(PermutationImportance method, PermutationImportance.FoldJobs fold) {
    this.method = method;
    this.fold = fold;
    this.results = new double[fold.taskCount()][][][];
  }

  static DataTableSpec spec() {
    return new DataTableSpec(
        new String[] {"feature", "importance", "std", "ci_low", "ci_high"},
        new DataType[] {
          StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE
        });
  }

  @Override
  public void add(int task, double[][][] result) {
    results[task] = result;
  }

  @Override
  public BufferedDataTable[] tables(ExecutionContext exec) {
    ImportanceResult result = method.result(List.of(fold), List.of(Arrays.asList(results)));
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
}
