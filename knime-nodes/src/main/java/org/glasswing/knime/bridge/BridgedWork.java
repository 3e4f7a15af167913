package org.glasswing.knime.bridge;

/**
 * A core computation a bridged loop runs on its own thread: it asks the loop's predictor for
 * predictions through the bridge (typically through a model that wraps it), reports its steps and
 * progress there, and stops when the bridge's token says so.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface BridgedWork<T> {

  /**
   * Runs the computation.
   *
   * @param bridge where predictions are asked, progress shown and cancellation read
   * @return the result
   * @throws Exception a failure, which the loop end reports
   */
  T run(PredictionBridge bridge) throws Exception;
}
