package org.glasswing.core.uncertainty;

import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Resampling;

/**
 * Calibrates predictions without using a row to calibrate itself: the rows are dealt at random into
 * K folds by {@link Resampling#kFold} (unstratified, from the seed); the calibrator is fitted on
 * the rows of K - 1 folds and applied to the rows of the remaining one, for each fold in turn. The
 * result estimates how a calibrator fitted on held-out data does on new rows.
 */
public final class CrossFitting {

  private CrossFitting() {}

  /**
   * Cross-fitted calibrated predictions.
   *
   * @param calibrator the calibrator
   * @param predictions held-out predictions with their actual classes
   * @param folds the number of folds K, from 2 to the number of rows
   * @param seed the seed of the deal
   * @return the same rows, in the same order, with calibrated probabilities
   * @throws IllegalArgumentException if K is out of range, or a calibration part has one class only
   */
  public static ClassPredictions calibrate(
      Calibrator calibrator, ClassPredictions predictions, int folds, long seed) {
    int n = predictions.size();
    if (folds < 2 || folds > n) {
      throw new IllegalArgumentException(
          "cross-fitting needs from 2 to " + n + " folds (one per row at most), got " + folds);
    }
    FoldPlan plan = Resampling.kFold(n, folds, seed);
    double[][] calibrated = new double[n][];
    for (int f = 0; f < folds; f++) {
      CalibrationMap map = calibrator.fit(predictions.select(plan.trainRows(f)));
      for (int r : plan.testRows(f)) {
        calibrated[r] = map.apply(predictions.probabilities(r));
      }
    }
    return predictions.withProbabilities(calibrated);
  }

  /**
   * Cross-fitted conformal prediction sets: the rows are dealt into K folds, and each fold's sets
   * come from a split conformal classifier calibrated on the other folds' held-out predictions. No
   * row's set is calibrated on that row, so every row gets a set without a separate calibration
   * split (coverage is close to, and in the worst case within twice the miscoverage of, {@code 1 -
   * alpha}: Barber et al. 2021, cross-conformal prediction).
   *
   * @param predictions held-out predictions with their actual classes
   * @param settings the level, score and variant
   * @param folds the number of folds K, from 2 to the number of rows
   * @param seed the seed of the deal
   * @return one set per row, in the rows' order
   * @throws IllegalArgumentException if K is out of range, or a calibration part is too small for
   *     the level
   */
  public static java.util.List<PredictionSet> predictionSets(
      ClassPredictions predictions,
      SplitConformalClassifier.Settings settings,
      int folds,
      long seed) {
    int n = predictions.size();
    if (folds < 2 || folds > n) {
      throw new IllegalArgumentException(
          "cross-fitting needs from 2 to " + n + " folds (one per row at most), got " + folds);
    }
    FoldPlan plan = Resampling.kFold(n, folds, seed);
    PredictionSet[] sets = new PredictionSet[n];
    for (int f = 0; f < folds; f++) {
      SplitConformalClassifier conformal =
          SplitConformalClassifier.calibrate(predictions.select(plan.trainRows(f)), settings);
      for (int r : plan.testRows(f)) {
        sets[r] = conformal.predict(predictions.probabilities(r));
      }
    }
    return java.util.List.of(sets);
  }
}
