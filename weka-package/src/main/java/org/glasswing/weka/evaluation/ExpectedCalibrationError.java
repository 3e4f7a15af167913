package org.glasswing.weka.evaluation;

import org.glasswing.core.uncertainty.CalibrationMetrics;

/**
 * Expected calibration error: the mean gap between confidence and accuracy over 15 equal-width
 * confidence bins, weighted by the bins' sizes (Guo et al. 2017). Lower is better.
 */
public class ExpectedCalibrationError extends CalibrationMetric {

  private static final long serialVersionUID = 1L;

  /** Creates the metric. */
  public ExpectedCalibrationError() {}

  @Override
  public String getMetricName() {
    return "ECE";
  }

  @Override
  public String getMetricDescription() {
    return "Expected calibration error: the mean gap between confidence and accuracy over 15 equal-width confidence bins, weighted by the bins' sizes (Guo et al. 2017).";
  }

  @Override
  protected double value(CalibrationMetrics metrics) {
    return metrics.ece();
  }
}
