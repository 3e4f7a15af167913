package org.glasswing.knime.bridge;

import java.util.function.Function;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.weka.UserInputException;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;

/**
 * One running computation of a bridged loop: the work runs on its own daemon thread and asks the
 * loop for predictions through its {@link PredictionBridge}; the loop start decodes the requested
 * rows into cells of the rows' spec.
 *
 * @param <T> the result
 */
public final class BridgedRun<T> {

  private final PredictionBridge bridge = new PredictionBridge();
  private final DataTableSpec requestSpec;
  private final Function<double[], DataCell[]> decoder;
  private final Thread thread;
  private volatile T result;
  private volatile Throwable failure;

  /**
   * Starts the work.
   *
   * @param name the thread's name, such as "glasswing-audit"
   * @param work the computation
   * @param requestSpec the spec of the rows sent to the predictor
   * @param decoder turns a requested row into its cells
   */
  public BridgedRun(
      String name,
      BridgedWork<T> work,
      DataTableSpec requestSpec,
      Function<double[], DataCell[]> decoder) {
    this.requestSpec = requestSpec;
    this.decoder = decoder;
    this.thread =
        new Thread(
            () -> {
              try {
                result = work.run(bridge);
              } catch (Throwable e) {
                failure = e;
              } finally {
                bridge.finish();
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * @return the bridge the loop answers
   */
  PredictionBridge bridge() {
    return bridge;
  }

  /**
   * @return the spec of the rows sent to the predictor
   */
  DataTableSpec requestSpec() {
    return requestSpec;
  }

  /**
   * Decodes a requested row.
   *
   * @param row the row as the computation's model reads it
   * @return the cells
   */
  DataCell[] decode(double[] row) {
    return decoder.apply(row);
  }

  /**
   * The finished computation's result.
   *
   * @return the result
   * @throws CanceledExecutionException if it was cancelled
   * @throws InvalidSettingsException in one line, if it refused its input
   * @throws Exception its own failure otherwise
   * @throws IllegalStateException if it has not ended
   */
  T result() throws Exception {
    if (!bridge.isFinished()) {
      throw new IllegalStateException("the loop's computation is still running");
    }
    Throwable t = failure;
    if (bridge.token().isCancelled() || t instanceof CancelledException) {
      throw new CanceledExecutionException("the loop's computation was cancelled");
    }
    if (t instanceof IllegalArgumentException || t instanceof UserInputException) {
      throw new InvalidSettingsException("stopped: " + SettingsCheck.oneLine(t.getMessage()), t);
    }
    if (t instanceof Exception e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return result;
  }

  /** Cancels the computation and waits briefly for its thread to end. */
  void cancel() {
    bridge.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
