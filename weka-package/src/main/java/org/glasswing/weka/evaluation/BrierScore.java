package org.glasswing.weka.evaluation;

import org.glasswing.core.uncertainty.CalibrationMetrics;

/**
 * Brier score: the mean squared difference between the predicted probabilities and the one-hot
 * actual class, summed over classes (Brier 1950). Lower is better.
 */
public class BrierScore extends CalibrationMetric {

  private static final long serialVersionUID = 1L;

  /** Creates the metric. */
  public BrierScore() {}

  @Override
  public String getMetricName() {
    return "Brier score";
  }

  @Override
  public String getMetricDescription() {
    return "Brier score: the mean squared difference between the predicted probabilities and the one-hot actual class, summed over classes (Brier 1950).";
  }

  @Override
  protected double value(CalibrationMetrics metrics) {
    return metrics.brier();
  }
}
