package org.glasswing.knime.global;

import org.glasswing.core.data.Feature;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Profile;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The Partial Dependence Loop End's table, point for point what {@code glasswing profile} writes as
 * CSV (without its pair columns): each profile's PDP points, then its ICE points row by row (unless
 * {@code no-ice}), then the ALE points; {@code value} is the grid value as the command line prints
 * it (a label for a string column), {@code row} the ICE curve's row key.
 */
final class ProfileRows {

  /** The columns. */
  static final DataTableSpec SPEC =
      new DataTableSpec(
          new String[] {"curve", "feature", "value", "row", "output", "prediction"},
          new DataType[] {
            StringCell.TYPE,
            StringCell.TYPE,
            StringCell.TYPE,
            StringCell.TYPE,
            StringCell.TYPE,
            DoubleCell.TYPE
          });

  private final BufferedDataContainer out;
  private final String output;
  private long n;

  private ProfileRows(BufferedDataContainer out, String output) {
    this.out = out;
    this.output = output;
  }

  /**
   * The table of a result.
   *
   * @param result the curves
   * @param output the prediction column the curves are of
   * @param exec creates the table
   * @return the table
   */
  static BufferedDataTable table(ProfileResult result, String output, ExecutionContext exec) {
    ProfileRows rows = new ProfileRows(exec.createDataContainer(SPEC), output);
    for (Profile p : result.profiles()) {
      double[] grid = p.grid();
      for (int g = 0; g < grid.length; g++) {
        rows.add("pdp", p.feature(), grid[g], null, p.pdp()[g]);
      }
      if (result.withIce()) {
        double[][] ice = p.ice();
        for (int r = 0; r < ice.length; r++) {
          String key = result.rows().get(r).getString();
          for (int g = 0; g < grid.length; g++) {
            rows.add("ice", p.feature(), grid[g], key, ice[r][g]);
          }
        }
      }
    }
    for (AleCurve c : result.ale()) {
      for (int k = 0; k < c.edges().length; k++) {
        rows.add("ale", c.feature(), c.edges()[k], null, c.ale()[k]);
      }
    }
    rows.out.close();
    return rows.out.getTable();
  }

  private void add(String curve, Feature feature, double value, String row, double prediction) {
    n++;
    DataCell rowCell = row == null ? DataType.getMissingCell() : new StringCell(row);
    out.addRowToTable(
        new DefaultRow(
            "point " + n,
            new StringCell(curve),
            new StringCell(feature.name()),
            new StringCell(feature.format(value)),
            rowCell,
            new StringCell(output),
            Double.isNaN(prediction) ? DataType.getMissingCell() : new DoubleCell(prediction)));
  }
}
