package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stub: a row held in memory. */
public class DefaultRow implements DataRow {

  private final RowKey key;
  private final List<DataCell> cells;

  /**
   * Creates a row.
   *
   * @param rowKey the key
   * @param row the cells
   */
  public DefaultRow(RowKey rowKey, DataCell... row) {
    this(rowKey, List.of(row));
  }

  /**
   * Creates a row.
   *
   * @param rowId the key
   * @param row the cells
   */
  public DefaultRow(String rowId, DataCell... row) {
    this(new RowKey(rowId), List.of(row));
  }

  /**
   * Creates a row.
   *
   * @param rowKey the key
   * @param row the cells
   */
  public DefaultRow(RowKey rowKey, List<DataCell> row) {
    this.key = Objects.requireNonNull(rowKey, "rowKey");
    this.cells = List.copyOf(row);
  }

  @Override
  public final int getNumCells() {
    return cells.size();
  }

  @Override
  public final RowKey getKey() {
    return key;
  }

  @Override
  public final DataCell getCell(int index) {
    return cells.get(index);
  }

  @Override
  public Iterator<DataCell> iterator() {
    return cells.iterator();
  }

  @Override
  public String toString() {
    return key + " " + cells;
  }
}
