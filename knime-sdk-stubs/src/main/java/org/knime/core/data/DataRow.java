package org.knime.core.data;

/** Stub: a row of cells with a key. */
public interface DataRow extends Iterable<DataCell> {
  /**
   * The number of cells.
   *
   * @return the count
   */
  int getNumCells();

  /**
   * The row's key.
   *
   * @return the key
   */
  RowKey getKey();

  /**
   * One cell.
   *
   * @param index the column index
   * @return the cell
   */
  DataCell getCell(int index);
}
