package org.knime.core.data.def;

import java.util.Objects;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/** Stub: a string cell. */
public final class StringCell extends DataCell implements StringValue, NominalValue {

  /** The type of string cells. */
  public static final DataType TYPE = DataType.getType(StringCell.class);

  private final String value;

  /**
   * Creates a cell.
   *
   * @param str the value
   */
  public StringCell(String str) {
    this.value = Objects.requireNonNull(str, "str");
  }

  @Override
  public String getStringValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }

  @Override
  protected boolean equalsDataCell(DataCell dc) {
    return ((StringCell) dc).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
