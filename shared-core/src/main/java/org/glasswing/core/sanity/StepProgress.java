package org.glasswing.core.sanity;

import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;

/** Splits an engine's progress into equal steps, one engine run each. */
final class StepProgress {

  private final EvaluationEngine engine;
  private final int steps;
  private int step;

  StepProgress(EvaluationEngine engine, int steps) {
    this.engine = engine;
    this.steps = Math.max(1, steps);
  }

  /** The engine for the next step, reporting that step's share of the whole. */
  EvaluationEngine next(String label) {
    int index = step++;
    ProgressListener outer = engine.progress();
    return engine.withProgress(
        (fraction, message) ->
            outer.progress(Math.min(1.0, (index + fraction) / steps), label + ": " + message));
  }
}
