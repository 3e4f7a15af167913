package org.knime.core.data;

import java.io.Serializable;

/** Stub: one immutable cell of a table. */
public abstract class DataCell implements DataValue, Serializable {

  /** Creates a cell. */
  public DataCell() {}

  /**
   * The cell's type.
   *
   * @return the type of this cell's class
   */
  public final DataType getType() {
    return DataType.getType(getClass());
  }

  /**
   * Whether the cell stands for a missing value.
   *
   * @return false unless overridden by a missing cell
   */
  public boolean isMissing() {
    return false;
  }

  @Override
  public abstract String toString();

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    return equalsDataCell((DataCell) o);
  }

  /**
   * Compares the content with a cell of the same class.
   *
   * @param dc the other cell
   * @return whether the contents are equal
   */
  protected abstract boolean equalsDataCell(DataCell dc);

  @Override
  public abstract int hashCode();
}
