package org.knime.core.data.def;

import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * Creates a row.
   *
   * @param rowId the key
   * @param row the cells
   */
  public DefaultRow(String rowId, List<DataCell> row) {
    this(new RowKey(rowId), row);
  }

  /**
   * A row of double cells.
   *
   * @param rowKey the key
   * @param row the values
   */
  public DefaultRow(RowKey rowKey, double... row) {
    this(rowKey, Arrays.stream(row).mapToObj(d -> (DataCell) new DoubleCell(d)).toList());
  }

  /**
   * A row of double cells.
   *
   * @param rowId the key
   * @param row the values
   */
  public DefaultRow(String rowId, double... row) {
    this(new RowKey(rowId), row);
  }

  /**
   * A row of int cells.
   *
   * @param rowKey the key
   * @param row the values
   */
  public DefaultRow(RowKey rowKey, int... row) {
    this(rowKey, Arrays.stream(row).mapToObj(i -> (DataCell) new IntCell(i)).toList());
  }

  /**
   * A row of int cells.
   *
   * @param rowId the key
   * @param row the values
   */
  public DefaultRow(String rowId, int... row) {
    this(new RowKey(rowId), row);
  }

  /**
   * A row of string cells.
   *
   * @param rowKey the key
   * @param row the values
   */
  public DefaultRow(RowKey rowKey, String... row) {
    this(rowKey, Arrays.stream(row).map(s -> (DataCell) new StringCell(s)).toList());
  }

  /**
   * A row of string cells.
   *
   * @param rowId the key
   * @param row the values
   */
  public DefaultRow(String rowId, String... row) {
    this(new RowKey(rowId), row);
  }

  /**
   * A copy of a row's cells under a new key.
   *
   * @param rowId the key
   * @param row the row whose cells to take
   */
  public DefaultRow(String rowId, DataRow row) {
    this(new RowKey(rowId), row);
  }

  /**
   * A copy of a row's cells under a new key.
   *
   * @param key the key
   * @param row the row whose cells to take
   */
  public DefaultRow(RowKey key, DataRow row) {
    this(key, cellsOf(row));
  }

  private static List<DataCell> cellsOf(DataRow row) {
    List<DataCell> cells = new ArrayList<>();
    for (int i = 0; i < row.getNumCells(); i++) {
      cells.add(row.getCell(i));
    }
    return cells;
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
