package org.knime.core.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.knime.core.node.port.PortObjectSpec;

/** Stub: the columns of a table. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

  private final String name;
  private final List<DataColumnSpec> columns;

  /** A spec without columns. */
  public DataTableSpec() {
    this("default", new DataColumnSpec[0]);
  }

  /**
   * A named spec without columns.
   *
   * @param name the table's name
   */
  public DataTableSpec(String name) {
    this(name, new DataColumnSpec[0]);
  }

  /**
   * A spec of the given columns.
   *
   * @param colSpecs the columns; names must be unique
   */
  public DataTableSpec(DataColumnSpec... colSpecs) {
    this("default", colSpecs);
  }

  /**
   * A named spec of the given columns.
   *
   * @param name the table's name
   * @param colSpecs the columns; names must be unique
   */
  public DataTableSpec(String name, DataColumnSpec... colSpecs) {
    this.name = name;
    this.columns = List.of(colSpecs);
    Set<String> names = new HashSet<>();
    for (DataColumnSpec c : colSpecs) {
      if (!names.add(c.getName())) {
        throw new IllegalArgumentException("duplicate column name '" + c.getName() + "'");
      }
    }
  }

  /**
   * A spec of named columns of the given types.
   *
   * @param names the column names
   * @param types the column types
   */
  public DataTableSpec(String[] names, DataType[] types) {
    this(columnsOf(names, types));
  }

  /**
   * The columns of two specs, one after the other.
   *
   * @param spec1 the first spec
   * @param spec2 the second spec
   */
  public DataTableSpec(DataTableSpec spec1, DataTableSpec spec2) {
    this(
        Stream.concat(spec1.columns.stream(), spec2.columns.stream())
            .toArray(DataColumnSpec[]::new));
  }

  /**
   * A named spec of named columns of the given types.
   *
   * @param name the table's name
   * @param names the column names
   * @param types the column types
   */
  public DataTableSpec(String name, String[] names, DataType[] types) {
    this(name, columnsOf(names, types));
  }

  /**
   * A named spec of the columns of two specs, one after the other.
   *
   * @param name the table's name
   * @param spec1 the first spec
   * @param spec2 the second spec
   */
  public DataTableSpec(String name, DataTableSpec spec1, DataTableSpec spec2) {
    this(
        name,
        Stream.concat(spec1.columns.stream(), spec2.columns.stream())
            .toArray(DataColumnSpec[]::new));
  }

  private static DataColumnSpec[] columnsOf(String[] names, DataType[] types) {
    DataColumnSpec[] specs = new DataColumnSpec[names.length];
    for (int i = 0; i < names.length; i++) {
      specs[i] = new DataColumnSpec(names[i], types[i]);
    }
    return specs;
  }

  /**
   * The number of columns.
   *
   * @return the count
   */
  public int getNumColumns() {
    return columns.size();
  }

  /**
   * One column.
   *
   * @param index the index
   * @return the column
   */
  public DataColumnSpec getColumnSpec(int index) {
    return columns.get(index);
  }

  /**
   * One column by name.
   *
   * @param column the name
   * @return the column, or {@code null}
   */
  public DataColumnSpec getColumnSpec(String column) {
    int index = findColumnIndex(column);
    return index < 0 ? null : columns.get(index);
  }

  /**
   * The index of a column.
   *
   * @param columnName the name
   * @return the index, or -1
   */
  public int findColumnIndex(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).getName().equals(columnName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a column has the name.
   *
   * @param columnName the name
   * @return true if present
   */
  public boolean containsName(String columnName) {
    return findColumnIndex(columnName) >= 0;
  }

  /**
   * The column names.
   *
   * @return the names in order
   */
  public final String[] getColumnNames() {
    return columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
  }

  @Override
  public Iterator<DataColumnSpec> iterator() {
    return columns.iterator();
  }

  /**
   * The columns as a stream.
   *
   * @return the stream
   */
  public Stream<DataColumnSpec> stream() {
    return columns.stream();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DataTableSpec s && s.columns.equals(columns);
  }

  @Override
  public int hashCode() {
    return columns.hashCode();
  }

  @Override
  public String toString() {
    return Arrays.toString(getColumnNames());
  }
}
