package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/** Stub: an integer cell. */
public class IntCell extends DataCell
    implements IntValue,
        LongValue,
        DoubleValue,
        ComplexNumberValue,
        FuzzyNumberValue,
        FuzzyIntervalValue,
        BoundedValue {

  /** The type of integer cells. */
  public static final DataType TYPE = DataType.getType(IntCell.class);

  private final int value;

  /**
   * Creates a cell.
   *
   * @param i the value
   */
  public IntCell(int i) {
    this.value = i;
  }

  @Override
  public int getIntValue() {
    return value;
  }

  @Override
  public long getLongValue() {
    return value;
  }

  @Override
  public double getDoubleValue() {
    return value;
  }

  @Override
  protected boolean equalsDataCell(DataCell dc) {
    return ((IntCell) dc).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
