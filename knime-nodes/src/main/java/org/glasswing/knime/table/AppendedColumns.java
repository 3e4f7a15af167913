package org.glasswing.knime.table;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/** Appends computed columns to every row of a table, keeping the rows, their order and keys. */
public final class AppendedColumns {

  private AppendedColumns() {}

  /**
   * The spec of the input with new columns appended.
   *
   * @param in the input spec
   * @param names the new column names
   * @param types their types
   * @return the spec
   * @throws InvalidSettingsException if a new column's name is already taken
   */
  public static DataTableSpec spec(DataTableSpec in, List<String> names, List<DataType> types)
      throws InvalidSettingsException {
    for (String name : names) {
      if (in.containsName(name)) {
        throw new InvalidSettingsException(
            "the input table already has a column '"
                + Messages.quoted(name)
                + "'; rename or remove it first");
      }
    }
    return new DataTableSpec(
        in, new DataTableSpec(names.toArray(new String[0]), types.toArray(new DataType[0])));
  }

  /**
   * Writes the input rows with the new cells.
   *
   * @param in the input table
   * @param spec the output spec, from {@link #spec}
   * @param cells the new cells of each row, in row order
   * @param exec for the table, progress (the second half of the work) and cancellation
   * @return the output table
   * @throws CanceledExecutionException if cancelled
   */
  public static BufferedDataTable write(
      BufferedDataTable in, DataTableSpec spec, List<DataCell[]> cells, ExecutionContext exec)
      throws CanceledExecutionException {
    BufferedDataContainer out = exec.createDataContainer(spec);
    int r = 0;
    for (DataRow row : in) {
      if (r % 1024 == 0) {
        exec.checkCanceled();
        exec.setProgress(0.5 + 0.5 * r / cells.size(), "writing row " + (r + 1));
      }
      List<DataCell> all = new ArrayList<>(spec.getNumColumns());
      row.forEach(all::add);
      all.addAll(List.of(cells.get(r)));
      out.addRowToTable(new DefaultRow(row.getKey(), all));
      r++;
    }
    out.close();
    exec.setProgress(1, r + " rows");
    return out.getTable();
  }
}
