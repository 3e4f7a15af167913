package org.glasswing.weka.evaluation;

/**
 * The share of instances whose conformal prediction set holds the actual class; it should be at
 * least 1 - alpha. Printed for a {@link org.glasswing.weka.classifiers.ConformalClassifier} only.
 */
public class ConformalCoverage extends ConformalMetric {

  private static final long serialVersionUID = 1L;

  /** Creates the metric. */
  public ConformalCoverage() {}

  @Override
  public String getMetricName() {
    return "Set coverage";
  }

  @Override
  public String getMetricDescription() {
    return "The share of instances whose conformal prediction set holds the actual class (at"
        + " least 1 - alpha is promised).";
  }

  @Override
  protected double value(int rows, int covered, long setSizes) {
    return covered / (double) rows;
  }
}
