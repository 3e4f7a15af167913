package org.knime.core.data;

/** Stub: a table of rows following a spec. */
public interface DataTable extends Iterable<DataRow> {
  /**
   * The table's spec.
   *
   * @return the spec
   */
  DataTableSpec getDataTableSpec();

  @Override
  RowIterator iterator();
}
