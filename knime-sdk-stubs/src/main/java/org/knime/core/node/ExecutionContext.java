package org.knime.core.node;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.knime.core.data.DataTableSpec;

/** Stub: an execution monitor that also creates tables. */
public class ExecutionContext extends ExecutionMonitor {

  ExecutionContext(AtomicBoolean canceled, List<Double> progressReports) {
    super(canceled, progressReports);
  }

  /**
   * A container for a new table.
   *
   * @param spec the table's spec
   * @return the container
   */
  public BufferedDataContainer createDataContainer(DataTableSpec spec) {
    return new BufferedDataContainer(spec);
  }

  /**
   * A context for a part of the work.
   *
   * @param maxProg the part's share, 0 to 1
   * @return a context sharing this one's cancellation
   */
  public ExecutionContext createSubExecutionContext(double maxProg) {
    return new ExecutionContext(canceled, progressReports);
  }
}
