package org.glasswing.weka.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.weka.CrossValidatedPredictions;
import weka.classifiers.evaluation.AbstractEvaluationMetric;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.classifiers.evaluation.StandardEvaluationMetric;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A calibration metric of the core ({@link CalibrationMetrics}) as a Weka evaluation metric. It is
 * computed from the evaluation's stored predictions, which Weka also merges when it aggregates
 * per-fold evaluations (the Knowledge Flow does), so the value is that of all predictions together;
 * only when predictions are discarded does it fall back on the predictions it saw itself. Each
 * prediction counts once (instance weights are not used); a prediction of all zeros (the classifier
 * abstained) counts as uniform. Nominal classes only.
 */
public abstract class CalibrationMetric extends AbstractEvaluationMetric
    implements StandardEvaluationMetric {

  private static final long serialVersionUID = 1L;

  private final List<double[]> seen = new ArrayList<>();
  private final List<Integer> seenActual = new ArrayList<>();

  /** Creates the metric; Weka gives it its evaluation with {@link #setBaseEvaluation}. */
  protected CalibrationMetric() {}

  /**
   * The metric's value on some predictions.
   *
   * @param metrics the core's calibration metrics of the predictions
   * @return the value
   */
  protected abstract double value(CalibrationMetrics metrics);

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
    // Weka prints a metric only when its name and all its statistic names are shown.
    return List.of(getMetricName());
  }

  @Override
  public boolean statisticIsMaximisable(String statName) {
    return false;
  }

  @Override
  public double getStatistic(String statName) {
    if (!getMetricName().equalsIgnoreCase(statName)) {
      throw new UnknownStatisticException("no statistic '" + statName + "' in " + getMetricName());
    }
    ClassPredictions predictions = predictions();
    return predictions == null ? Double.NaN : value(CalibrationMetrics.of(predictions));
  }

  /**
   * The predictions the metric is computed from: the evaluation's, or those seen when the
   * evaluation discards its predictions.
   *
   * @return the predictions with a known class; {@code null} when there are none
   */
  ClassPredictions predictions() {
    if (m_baseEvaluation == null) {
      return null;
    }
    Instances header = m_baseEvaluation.getHeader();
    if (header == null || !header.classAttribute().isNominal()) {
      return null;
    }
    int k = header.classAttribute().numValues();
    List<double[]> p = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Prediction> stored = m_baseEvaluation.predictions();
    if (stored != null && !stored.isEmpty()) {
      for (Prediction prediction : stored) {
        if (prediction instanceof NominalPrediction nominal
            && !Utils.isMissingValue(nominal.actual())) {
          p.add(probabilities(nominal.distribution(), k));
          y.add((int) nominal.actual());
        }
      }
    } else {
      for (int i = 0; i < seen.size(); i++) {
        p.add(probabilities(seen.get(i), k));
        y.add(seenActual.get(i));
      }
    }
    if (p.isEmpty() || k < 2) {
      return null;
    }
    return new ClassPredictions(
        CrossValidatedPredictions.labels(header),
        p.toArray(double[][]::new),
        y.stream().mapToInt(Integer::intValue).toArray());
  }

  private static double[] probabilities(double[] distribution, int k) {
    double sum = 0;
    for (double v : distribution) {
      sum += v;
    }
    if (sum > 0) {
      return distribution.clone();
    }
    double[] uniform = new double[k];
    java.util.Arrays.fill(uniform, 1.0 / k);
    return uniform;
  }

  @Override
  public void updateStatsForClassifier(double[] predictedDistribution, Instance instance) {
    if (!instance.classIsMissing()) {
      seen.add(predictedDistribution.clone());
      seenActual.add((int) instance.classValue());
    }
  }

  @Override
  public void updateStatsForPredictor(double predictedValue, Instance instance) {
    // nominal classes only
  }

  @Override
  public String toSummaryString() {
    return Utils.padRight(getMetricName(), 35)
        + Utils.doubleToString(getStatistic(getMetricName()), 12, 4)
        + "\n";
  }
}
