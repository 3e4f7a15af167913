package org.glasswing.weka.evaluation;

import org.glasswing.core.uncertainty.CalibrationMetrics;

/**
 * Negative log-likelihood: the mean of minus the natural log of the probability of the actual class
 * (clamped at 1e-15). Lower is better.
 */
public class NegativeLogLikelihood extends CalibrationMetric {

  private static final long serialVersionUID = 1L;

  /** Creates the metric. */
  public NegativeLogLikelihood() {}

  @Override
  public String getMetricName() {
    return "NLL";
  }

  @Override
  public String getMetricDescription() {
    return "Negative log-likelihood: the mean of minus the natural log of the probability of the actual class (clamped at 1e-15).";
  }

  @Override
  protected double value(CalibrationMetrics metrics) {
    return metrics.nll();
  }
}
