package org.knime.core.data;

import java.util.Objects;

/** Stub: builds a column spec. */
public final class DataColumnSpecCreator {

  private String name;
  private DataType type;

  /**
   * Starts a spec.
   *
   * @param name the column name
   * @param type the column type
   */
  public DataColumnSpecCreator(String name, DataType type) {
    setName(name);
    setType(type);
  }

  /**
   * Starts a spec as a copy of another.
   *
   * @param cspec the spec to copy
   */
  public DataColumnSpecCreator(DataColumnSpec cspec) {
    this(cspec.getName(), cspec.getType());
  }

  /**
   * Changes the name.
   *
   * @param name the column name
   */
  public void setName(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Changes the type.
   *
   * @param type the column type
   */
  public void setType(DataType type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * The type set so far.
   *
   * @return the type
   */
  public DataType getType() {
    return type;
  }

  /**
   * The spec.
   *
   * @return a new column spec
   */
  public DataColumnSpec createSpec() {
    return new DataColumnSpec(name, type);
  }
}
