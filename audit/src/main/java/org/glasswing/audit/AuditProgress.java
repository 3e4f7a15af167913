package org.glasswing.audit;

import java.util.function.Function;
import org.glasswing.core.engine.ProgressListener;

/**
 * Where an audit reports what it is doing: a line when a step starts, and progress within a step.
 * The command line shows both on standard error; a GUI may show a bar; {@link #SILENT} shows
 * nothing.
 */
public interface AuditProgress {

  /** Shows nothing. */
  AuditProgress SILENT = message -> {};

  /**
   * A step starts.
   *
   * @param message such as {@code 10-fold cross-validation (seed 1)}
   */
  void step(String message);

  /**
   * Runs part of a step with a listener for its progress; the default listens to nothing.
   *
   * @param label a short name, such as {@code cross-validating}
   * @param work the work, given the listener
   * @param <T> the work's result
   * @return the result
   */
  default <T> T track(String label, Function<ProgressListener, T> work) {
    return work.apply(ProgressListener.NONE);
  }
}
