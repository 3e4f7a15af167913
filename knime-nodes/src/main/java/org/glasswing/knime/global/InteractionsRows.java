package org.glasswing.knime.global;

import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.Interactions;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The Interactions Loop End's tables: the pairs as {@code glasswing interactions} prints them
 * ({@code feature1, feature2, h2, h}, strongest first) with the studied prediction column, and the
 * candidates' ranking by the spread of their own partial dependence.
 */
final class InteractionsRows {

  /** The pairs' columns. */
  static final DataTableSpec PAIRS =
      new DataTableSpec(
          new String[] {"feature1", "feature2", "h2", "h", "output"},
          new DataType[] {
            StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE
          });

  /** The ranking's columns. */
  static final DataTableSpec RANKING =
      new DataTableSpec(
          new String[] {"feature", "rank", "spread", "output"},
          new DataType[] {StringCell.TYPE, IntCell.TYPE, DoubleCell.TYPE, StringCell.TYPE});

  private InteractionsRows() {}

  /**
   * The pairs, strongest first.
   *
   * @param result the computation's result
   * @param output the studied prediction column
   * @param exec creates the table
   * @return the table
   */
  static BufferedDataTable pairs(Interactions result, String output, ExecutionContext exec) {
    BufferedDataContainer out = exec.createDataContainer(PAIRS);
    int n = 0;
    for (Interaction pair : result.pairs()) {
      n++;
      out.addRowToTable(
          new DefaultRow(
              "pair " + n,
              new StringCell(pair.first().name()),
              new StringCell(pair.second().name()),
              new DoubleCell(pair.h2()),
              new DoubleCell(pair.h()),
              new StringCell(output)));
    }
    out.close();
    return out.getTable();
  }

  /**
   * The candidates, largest spread first.
   *
   * @param result the computation's result
   * @param output the studied prediction column
   * @param exec creates the table
   * @return the table
   */
  static BufferedDataTable ranking(Interactions result, String output, ExecutionContext exec) {
    BufferedDataContainer out = exec.createDataContainer(RANKING);
    for (int i = 0; i < result.ranked().size(); i++) {
      out.addRowToTable(
          new DefaultRow(
              "rank " + (i + 1),
              new StringCell(result.ranked().get(i).name()),
              new IntCell(i + 1),
              new DoubleCell(result.spread().get(i)),
              new StringCell(output)));
    }
    out.close();
    return out.getTable();
  }
}
