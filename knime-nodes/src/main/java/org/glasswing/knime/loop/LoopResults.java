package org.glasswing.knime.loop;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Collects the finished tasks of one loop run and makes the loop end's tables of them.
 *
 * @param <R> the jobs' result type
 */
public interface LoopResults<R> {

  /**
   * Takes one finished task's result.
   *
   * @param task the task's index
   * @param result its result
   */
  void add(int task, R result);

  /**
   * The loop end's tables, once every task has finished.
   *
   * @param exec creates the tables
   * @return one table per output port
   * @throws CanceledExecutionException if cancelled
   * @throws InvalidSettingsException if the results cannot be summarised as set
   */
  BufferedDataTable[] tables(ExecutionContext exec)
      throws CanceledExecutionException, InvalidSettingsException;
}
