package org.glasswing.weka.evaluation;

/**
 * The mean number of classes in the conformal prediction sets; smaller is more informative. Printed
 * for a {@link org.glasswing.weka.classifiers.ConformalClassifier} only.
 */
public class ConformalSetSize extends ConformalMetric {

  private static final long serialVersionUID = 1L;

  /** Creates the metric. */
  public ConformalSetSize() {}

  @Override
  public String getMetricName() {
    return "Mean set size";
  }

  @Override
  public String getMetricDescription() {
    return "The mean number of classes in the conformal prediction sets.";
  }

  @Override
  public boolean statisticIsMaximisable(String statName) {
    return false;
  }

  @Override
  protected double value(int rows, int covered, long setSizes) {
    return setSizes / (double) rows;
  }
}
