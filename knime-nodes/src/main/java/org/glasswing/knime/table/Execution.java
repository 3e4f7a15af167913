package org.glasswing.knime.table;

import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * A KNIME node's execution monitor as the core's progress listener and cancellation token, and a
 * core call run under it: the core's cancellation becomes KNIME's, a setting the core refuses
 * becomes one line naming it.
 */
public final class Execution {

  /** A core computation. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Runs it.
     *
     * @param progress where to report progress
     * @param cancel polled between steps
     * @return the result
     */
    T run(ProgressListener progress, CancellationToken cancel);
  }

  private Execution() {}

  /**
   * The monitor's cancel button as a token.
   *
   * @param exec the monitor
   * @return true once the user cancelled
   */
  public static CancellationToken cancellation(ExecutionMonitor exec) {
    return () -> {
      try {
        exec.checkCanceled();
        return false;
      } catch (CanceledExecutionException e) {
        return true;
      }
    };
  }

  /**
   * Runs core work under a monitor.
   *
   * @param <T> the result type
   * @param exec the monitor: progress shown on it, its cancel button polled
   * @param work the work
   * @return the result
   * @throws CanceledExecutionException if the user cancelled
   * @throws InvalidSettingsException if the core refused a setting or the data (one line)
   */
  public static <T> T run(ExecutionMonitor exec, Work<T> work)
      throws CanceledExecutionException, InvalidSettingsException {
    try {
      return work.run(
          (fraction, message) -> exec.setProgress(fraction, message), cancellation(exec));
    } catch (CancelledException e) {
      throw new CanceledExecutionException("cancelled");
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
  }
}
