package org.glasswing.weka.evaluation;

import java.util.List;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.weka.classifiers.ConformalClassifier;
import weka.classifiers.evaluation.AbstractEvaluationMetric;
import weka.classifiers.evaluation.StandardEvaluationMetric;
import weka.core.Instance;
import weka.core.Utils;

/**
 * A measure of conformal prediction sets as a Weka evaluation metric: it counts the predictions a
 * {@link ConformalClassifier} made (learning each one's set from {@link
 * ConformalClassifier#lastPredictionSet}) and is printed only when there were such predictions.
 * Each prediction with a known class counts once. Weka does not merge plugin metrics when it
 * aggregates per-fold evaluations (the Knowledge Flow's evaluator does), and the sets are not part
 * of the stored predictions, so there the metric is missing rather than wrong.
 */
public abstract class ConformalMetric extends AbstractEvaluationMetric
    implements StandardEvaluationMetric {

  private static final long serialVersionUID = 1L;

  private int rows;
  private int covered;
  private long setSizes;

  /** Creates the metric. */
  protected ConformalMetric() {}

  /**
   * The value from the counts.
   *
   * @param rows the predictions with a known class and a set
   * @param covered how many sets held the actual class
   * @param setSizes the total number of classes in the sets
   * @return the value
   */
  protected abstract double value(int rows, int covered, long setSizes);

  @Override
  public boolean appliesToNominalClass() {
    return true;
  }

  @Override
  public boolean appliesToNumericClass() {
    return false;
  }

  @Override
  public List<String> getStatisticNames() {
    return List.of(getMetricName());
  }

  @Override
  public double getStatistic(String statName) {
    if (!getMetricName().equalsIgnoreCase(statName)) {
      throw new UnknownStatisticException("no statistic '" + statName + "' in " + getMetricName());
    }
    return rows == 0 ? Double.NaN : value(rows, covered, setSizes);
  }

  @Override
  public void updateStatsForClassifier(double[] predictedDistribution, Instance instance) {
    PredictionSet set = ConformalClassifier.lastPredictionSet(predictedDistribution);
    if (set != null && !instance.classIsMissing()) {
      rows++;
      covered += set.contains((int) instance.classValue()) ? 1 : 0;
      setSizes += set.size();
    }
  }

  @Override
  public void updateStatsForPredictor(double predictedValue, Instance instance) {
    // nominal classes only
  }

  @Override
  public String toSummaryString() {
    if (rows == 0) {
      return ""; // not a conformal classifier
    }
    return Utils.padRight(getMetricName(), 35)
        + Utils.doubleToString(getStatistic(getMetricName()), 12, 4)
        + "\n";
  }
}
