package org.glasswing.knime.uncertainty;

import java.util.List;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.GroupEstimate;
import org.glasswing.core.fairness.GroupGap;
import org.glasswing.core.fairness.GroupMetric;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;

/**
 * The Fairness Scorer's table, row for row what {@code glasswing fairness} writes as CSV: for each
 * protected attribute, one row per metric and group (after each group's calibration error, the
 * error a calibrated model reaches on it by chance), then one per gap between the highest and the
 * lowest group. Empty cells of the CSV are missing cells.
 */
final class FairnessRows {

  /** The metric of the calibration error reached by chance, as the command line names it. */
  static final String BY_CHANCE = "expected calibration error by chance";

  /** The columns, as the command line's CSV header names them. */
  static final DataTableSpec SPEC =
      new DataTableSpec(
          new String[] {
            "attribute", "metric", "group", "compared_with", "rows", "value", "lower", "upper"
          },
          new DataType[] {
            StringCell.TYPE,
            StringCell.TYPE,
            StringCell.TYPE,
            StringCell.TYPE,
            IntCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE,
            DoubleCell.TYPE
          });

  private FairnessRows() {}

  /**
   * Adds the rows of some results.
   *
   * @param out the table being written
   * @param results one per protected attribute
   */
  static void add(BufferedDataContainer out, List<FairnessResult> results) {
    int n = 0;
    for (FairnessResult r : results) {
      for (GroupEstimate e : r.table()) {
        out.addRowToTable(
            row(
                ++n,
                r.attribute(),
                e.metric().label(),
                e.group(),
                null,
                e.rows(),
                e.estimate().value(),
                e.estimate().lower(),
                e.estimate().upper()));
        if (e.metric() == GroupMetric.CALIBRATION_ERROR) {
          out.addRowToTable(
              row(
                  ++n,
                  r.attribute(),
                  BY_CHANCE,
                  e.group(),
                  null,
                  e.rows(),
                  chance(r, e.group()),
                  Double.NaN,
                  Double.NaN));
        }
      }
      for (GroupGap g : r.gaps()) {
        out.addRowToTable(
            row(
                ++n,
                r.attribute(),
                g.metric().label(),
                g.highest(),
                g.lowest(),
                -1,
                g.estimate().value(),
                g.estimate().lower(),
                g.estimate().upper()));
      }
    }
  }

  private static double chance(FairnessResult r, String group) {
    for (int g = 0; g < r.groups().size(); g++) {
      if (r.groups().get(g).group().equals(group)) {
        return r.calibrationNoise().get(g);
      }
    }
    return Double.NaN;
  }

  private static DefaultRow row(
      int n,
      String attribute,
      String metric,
      String group,
      String comparedWith,
      int rows,
      double value,
      double lower,
      double upper) {
    return new DefaultRow(
        "row " + n,
        new StringCell(attribute),
        new StringCell(metric),
        new StringCell(group),
        comparedWith == null ? DataType.getMissingCell() : new StringCell(comparedWith),
        rows < 0 ? DataType.getMissingCell() : new IntCell(rows),
        number(value),
        number(lower),
        number(upper));
  }

  private static DataCell number(double value) {
    return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
  }
}
