package org.glasswing.core.fairness;

import java.util.List;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;

/**
 * How a model treats one group of rows: how often it is right, how often it gives the positive
 * (favourable) class, its true and false positive rates, its calibration and the coverage of its
 * prediction sets. A rate whose denominator is zero (a true positive rate in a group without actual
 * positives) is {@code NaN}.
 *
 * @param group the group's name
 * @param rows the number of rows in the group
 * @param actualPositives rows whose actual class is the positive class
 * @param selected rows predicted as the positive class
 * @param accuracy the share predicted correctly
 * @param selectionRate the share predicted as the positive class
 * @param truePositiveRate among actual positives, the share predicted positive
 * @param falsePositiveRate among actual negatives, the share predicted positive
 * @param ece the expected calibration error of the top-class probability
 * @param coverage the share of rows whose prediction set holds the actual class ({@code NaN}
 *     without sets)
 */
public record GroupRates(
    String group,
    int rows,
    int actualPositives,
    int selected,
    double accuracy,
    double selectionRate,
    double truePositiveRate,
    double falsePositiveRate,
    double ece,
    double coverage) {

  /**
   * Measures one group.
   *
   * @param group the group's name
   * @param rows the group's rows, indices into {@code predictions} (repeats allowed, as in a
   *     bootstrap sample)
   * @param predictions out-of-sample predictions with actual classes
   * @param positive the index of the positive class
   * @param sets the prediction set of each row of {@code predictions}, or null
   * @param bins the bins of the calibration error
   * @return the rates
   */
  public static GroupRates of(
      String group,
      int[] rows,
      ClassPredictions predictions,
      int positive,
      List<PredictionSet> sets,
      int bins) {
    int n = rows.length;
    int correct = 0;
    int selected = 0;
    int positives = 0;
    int truePositives = 0;
    int falsePositives = 0;
    int covered = 0;
    for (int r : rows) {
      int y = predictions.actual(r);
      int predicted = PredictiveScores.argmax(predictions.probabilities(r));
      boolean isSelected = predicted == positive;
      correct += predicted == y ? 1 : 0;
      selected += isSelected ? 1 : 0;
      if (y == positive) {
        positives++;
        truePositives += isSelected ? 1 : 0;
      } else {
        falsePositives += isSelected ? 1 : 0;
      }
      if (sets != null && sets.get(r).contains(y)) {
        covered++;
      }
    }
    double ece = CalibrationMetrics.of(predictions.select(rows), bins).ece();
    return new GroupRates(
        group,
        n,
        positives,
        selected,
        ratio(correct, n),
        ratio(selected, n),
        ratio(truePositives, positives),
        ratio(falsePositives, n - positives),
        ece,
        sets == null ? Double.NaN : ratio(covered, n));
  }

  private static double ratio(int count, int of) {
    return of == 0 ? Double.NaN : (double) count / of;
  }

  /**
   * One of the rates by its metric.
   *
   * @param metric a per-group metric
   * @return its value for this group
   */
  public double value(GroupMetric metric) {
    return switch (metric) {
      case ACCURACY -> accuracy;
      case SELECTION_RATE -> selectionRate;
      case TRUE_POSITIVE_RATE -> truePositiveRate;
      case FALSE_POSITIVE_RATE -> falsePositiveRate;
      case CALIBRATION_ERROR -> ece;
      case CONFORMAL_COVERAGE -> coverage;
    };
  }
}
