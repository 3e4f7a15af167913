package org.knime.core.node;

import java.util.List;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/** Stub: an immutable table held by the framework. */
public final class BufferedDataTable implements DataTable, PortObject {

  /** The port type of a data table. */
  public static final PortType TYPE =
      PortTypeRegistry.getInstance().getPortType(BufferedDataTable.class);

  private final DataTableSpec spec;
  private final List<DataRow> rows;

  BufferedDataTable(DataTableSpec spec, List<DataRow> rows) {
    this.spec = spec;
    this.rows = List.copyOf(rows);
  }

  @Override
  public DataTableSpec getDataTableSpec() {
    return spec;
  }

  @Override
  public DataTableSpec getSpec() {
    return spec;
  }

  @Override
  public String getSummary() {
    return "Rows: " + rows.size() + ", Cols: " + spec.getNumColumns();
  }

  @Override
  public CloseableRowIterator iterator() {
    return CloseableRowIterator.from(rows.iterator());
  }

  /**
   * The number of rows.
   *
   * @return the count
   */
  public long size() {
    return rows.size();
  }
}
