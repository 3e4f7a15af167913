package org.knime.core.node;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/** Stub: a container whose table is a {@link BufferedDataTable}. */
public class BufferedDataContainer extends DataContainer {

  BufferedDataContainer(DataTableSpec spec) {
    super(spec);
  }

  @Override
  public BufferedDataTable getTable() {
    List<DataRow> rows = new ArrayList<>();
    super.getTable().forEach(rows::add);
    return new BufferedDataTable(getTableSpec(), rows);
  }
}
