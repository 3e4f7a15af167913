package org.glasswing.knime.loop;

import java.util.List;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * One explainer loop's own part: its settings, the row jobs it makes of them and of the input
 * tables (the synthetic rows the user's predictor must score), which prediction columns it reads
 * back, and the result tables it makes of the answers. {@link LoopStartModel} and {@link
 * LoopEndModel} do the rest, the same for every loop. A method holds the state of one run and is
 * used by one node model.
 *
 * @param <R> the row jobs' result type
 */
public interface LoopMethod<R> {

  /**
   * The loop's name in messages, such as "Shapley Explainer" (the nodes are "... Loop Start" and
   * "... Loop End").
   *
   * @return the name
   */
  String title();

  /**
   * What a finished task is, for progress messages, such as "rows explained".
   *
   * @return the words after the count
   */
  String doneUnit();

  /**
   * The flow variable that counts finished tasks, or {@code null} for none.
   *
   * @return the variable's name
   */
  default String doneVariable() {
    return null;
  }

  /**
   * The loop start's settings.
   *
   * @return the settings
   */
  LoopSettings settings();

  /**
   * Checks the input specs against the settings.
   *
   * @param inSpecs the loop start's input specs; an unconnected one is {@code null}
   * @return the spec of the rows the loop start sends
   * @throws InvalidSettingsException naming what is wrong
   */
  DataTableSpec configure(DataTableSpec[] inSpecs) throws InvalidSettingsException;

  /**
   * Prepares the run: settings and input tables to row jobs.
   *
   * @param inData the loop start's input tables
   * @return the jobs
   * @throws InvalidSettingsException naming the setting or table at fault, in one line
   */
  LoopJobs<R> start(BufferedDataTable[] inData) throws InvalidSettingsException;

  /**
   * The prediction columns to read from the loop body's output.
   *
   * @param answers the loop body's output spec
   * @param chosen the loop end's column setting (comma-separated), or {@code null} if it has none
   * @return the columns, in the order the jobs expect them
   * @throws InvalidSettingsException naming a column that is missing or not numeric
   */
  List<String> outputs(DataTableSpec answers, String chosen) throws InvalidSettingsException;

  /**
   * The loop end's output specs, as far as they are known before the run.
   *
   * @param answers the loop body's output spec
   * @param chosen the loop end's column setting, or {@code null}
   * @return one spec per output port, {@code null} where not yet known
   * @throws InvalidSettingsException naming what is wrong
   */
  DataTableSpec[] resultSpecs(DataTableSpec answers, String chosen) throws InvalidSettingsException;

  /**
   * A collector of this run's results.
   *
   * @param outputs the prediction columns read, from {@link #outputs}
   * @param exec creates tables
   * @return the collector
   */
  LoopResults<R> results(List<String> outputs, ExecutionContext exec);

  /** Forgets the run. */
  void reset();
}
