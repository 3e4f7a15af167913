package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;

/** Stub: a double cell. */
public final class DoubleCell extends DataCell
    implements DoubleValue, ComplexNumberValue, FuzzyNumberValue, FuzzyIntervalValue, BoundedValue {

  /** The type of double cells. */
  public static final DataType TYPE = DataType.getType(DoubleCell.class);

  private final double value;

  /**
   * Creates a cell.
   *
   * @param d the value
   */
  public DoubleCell(double d) {
    this.value = d;
  }

  @Override
  public double getDoubleValue() {
    return value;
  }

  @Override
  protected boolean equalsDataCell(DataCell dc) {
    return Double.compare(((DoubleCell) dc).value, value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  @Override
  public String toString() {
    return Double.toString(value);
  }
}
