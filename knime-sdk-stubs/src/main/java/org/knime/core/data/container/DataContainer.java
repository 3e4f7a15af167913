package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowIterator;

/**
 * Stub: collects rows into a table, refusing rows whose cell count, cell types or keys do not fit.
 */
public class DataContainer implements RowAppender, RowFlushable {

  private final DataTableSpec spec;
  private final List<DataRow> rows = new ArrayList<>();
  private final Set<Object> keys = new HashSet<>();
  private boolean closed;

  /**
   * Creates a container.
   *
   * @param spec the spec every row must follow
   */
  public DataContainer(DataTableSpec spec) {
    this.spec = spec;
  }

  /**
   * Creates a container.
   *
   * @param spec the spec every row must follow
   * @param initDomain whether to compute the columns' domains (the stub keeps none)
   */
  public DataContainer(DataTableSpec spec, boolean initDomain) {
    this(spec);
  }

  @Override
  public void addRowToTable(DataRow row) {
    if (closed) {
      throw new IllegalStateException("the container is closed");
    }
    if (row.getNumCells() != spec.getNumColumns()) {
      throw new IllegalArgumentException(
          "row " + row.getKey() + " has " + row.getNumCells() + " cells, the spec " + spec);
    }
    for (int c = 0; c < row.getNumCells(); c++) {
      DataCell cell = row.getCell(c);
      Class<?> expected = spec.getColumnSpec(c).getType().getCellClass();
      if (!cell.isMissing() && !expected.isInstance(cell)) {
        throw new IllegalArgumentException(
            "row "
                + row.getKey()
                + ": cell "
                + c
                + " is a "
                + cell.getType()
                + ", not a "
                + spec.getColumnSpec(c).getType());
      }
    }
    if (!keys.add(row.getKey())) {
      throw new IllegalArgumentException("duplicate row key " + row.getKey());
    }
    rows.add(row);
  }

  /** Closes the container; no row can be added afterwards. */
  public void close() {
    closed = true;
  }

  /**
   * Whether the container is closed.
   *
   * @return true after {@link #close()}
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * The number of rows added.
   *
   * @return the count
   */
  public long size() {
    return rows.size();
  }

  /**
   * The spec.
   *
   * @return the spec
   */
  public DataTableSpec getTableSpec() {
    return spec;
  }

  /**
   * The table, once closed.
   *
   * @return the table
   */
  public DataTable getTable() {
    if (!closed) {
      throw new IllegalStateException("the container is not closed");
    }
    List<DataRow> copy = List.copyOf(rows);
    return new DataTable() {
      @Override
      public DataTableSpec getDataTableSpec() {
        return spec;
      }

      @Override
      public RowIterator iterator() {
        return CloseableRowIterator.from(copy.iterator());
      }
    };
  }
}
