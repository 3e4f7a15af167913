package org.knime.core.data;

/** Stub: the name and type of a column. */
public final class DataColumnSpec {

  private final String name;
  private final DataType type;

  DataColumnSpec(String name, DataType type) {
    this.name = name;
    this.type = type;
  }

  /**
   * The column's name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * The column's type.
   *
   * @return the type
   */
  public DataType getType() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataColumnSpec c && c.name.equals(name) && c.type.equals(type);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + type.hashCode();
  }

  @Override
  public String toString() {
    return name + " (" + type + ")";
  }
}
