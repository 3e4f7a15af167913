package org.glasswing.weka.evaluation;

import org.glasswing.core.uncertainty.CalibrationMetrics;

/**
 * Maximum calibration error: the largest gap between confidence and accuracy over 15 equal-width
 * confidence bins. Lower is better.
 */
public class MaximumCalibrationError extends CalibrationMetric {

  private static final long serialVersionUID = 1L;

  /** Creates the metric. */
  public MaximumCalibrationError() {}

  @Override
  public String getMetricName() {
    return "MCE";
  }

  @Override
  public String getMetricDescription() {
    return "Maximum calibration error: the largest gap between confidence and accuracy over 15 equal-width confidence bins.";
  }

  @Override
  protected double value(CalibrationMetrics metrics) {
    return metrics.mce();
  }
}
