package org.knime.core.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stub: receives progress and tells whether the user cancelled. */
public class ExecutionMonitor {

  final AtomicBoolean canceled;
  final List<Double> progressReports;
  private volatile String message = "";

  /** Creates a monitor that is never cancelled. */
  public ExecutionMonitor() {
    this(new AtomicBoolean(), Collections.synchronizedList(new ArrayList<>()));
  }

  ExecutionMonitor(AtomicBoolean canceled, List<Double> progressReports) {
    this.canceled = canceled;
    this.progressReports = progressReports;
  }

  /**
   * Throws if the user cancelled.
   *
   * @throws CanceledExecutionException if cancelled
   */
  public void checkCanceled() throws CanceledExecutionException {
    if (canceled.get()) {
      throw new CanceledExecutionException();
    }
  }

  /**
   * Reports progress.
   *
   * @param progress the fraction done, 0 to 1
   */
  public void setProgress(double progress) {
    progressReports.add(progress);
  }

  /**
   * Reports progress with a message.
   *
   * @param progress the fraction done, 0 to 1
   * @param message the message
   */
  public void setProgress(double progress, String message) {
    setProgress(progress);
    setMessage(message);
  }

  /**
   * Sets the progress message.
   *
   * @param message the message
   */
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   * A monitor for a part of the work.
   *
   * @param maxProg the part's share, 0 to 1
   * @return a monitor sharing this one's cancellation
   */
  public ExecutionMonitor createSubProgress(double maxProg) {
    return new ExecutionMonitor(canceled, progressReports);
  }

  String message() {
    return message;
  }
}
