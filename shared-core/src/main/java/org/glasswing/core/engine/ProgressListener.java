package org.glasswing.core.engine;

/**
 * Receives progress of long work. Calls may come from any worker thread, so implementations must be
 * thread-safe; they should be quick and may be frequent.
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores every report. */
  ProgressListener NONE = (fraction, message) -> {};

  /**
   * Reports progress.
   *
   * @param fraction the share of the work done, from 0 to 1
   * @param message a short plain description of the current step, such as "row 4 of 10"
   */
  void progress(double fraction, String message);
}
