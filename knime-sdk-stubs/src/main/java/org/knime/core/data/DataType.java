package org.knime.core.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knime.core.data.convert.map.IdentifiableType;

/** Stub: the type of a column, identified by the cell class. */
public final class DataType implements IdentifiableType {

  private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();
  private static final DataCell MISSING = new MissingCell(null);

  private final Class<? extends DataCell> cellClass;

  private DataType(Class<? extends DataCell> cellClass) {
    this.cellClass = cellClass;
  }

  /**
   * The type of a cell class.
   *
   * @param cell the cell class
   * @return its type
   */
  public static DataType getType(Class<? extends DataCell> cell) {
    return TYPES.computeIfAbsent(cell, DataType::new);
  }

  /**
   * The shared missing cell.
   *
   * @return a missing cell
   */
  public static DataCell getMissingCell() {
    return MISSING;
  }

  /**
   * Whether cells of this type hold values of the given kind.
   *
   * @param valueClass the value interface
   * @return true if the cell class implements it
   */
  public boolean isCompatible(Class<? extends DataValue> valueClass) {
    return valueClass.isAssignableFrom(cellClass);
  }

  /**
   * The cell class.
   *
   * @return the class
   */
  public Class<? extends DataCell> getCellClass() {
    return cellClass;
  }

  /**
   * A readable name.
   *
   * @return the cell class's simple name
   */
  public String getName() {
    return cellClass.getSimpleName();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataType t && t.cellClass == cellClass;
  }

  @Override
  public int hashCode() {
    return cellClass.hashCode();
  }

  @Override
  public String toString() {
    return getName();
  }
}
