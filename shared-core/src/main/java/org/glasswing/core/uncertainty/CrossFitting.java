package org.glasswing.core.uncertainty;

import java.util.SplittableRandom;

/**
 * Calibrates predictions without using a row to calibrate itself: the rows are dealt at random
 * (from a seed) into K folds; the calibrator is fitted on the rows of K - 1 folds and applied to
 * the rows of the remaining one, for each fold in turn. The result estimates how a calibrator
 * fitted on held-out data does on new rows.
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
    int[] fold = assignFolds(n, folds, seed);
    double[][] calibrated = new double[n][];
    for (int f = 0; f < folds; f++) {
      int[] in = rowsWhere(fold, f, false);
      int[] out = rowsWhere(fold, f, true);
      CalibrationMap map = calibrator.fit(predictions.select(in));
      for (int r : out) {
        calibrated[r] = map.apply(predictions.probabilities(r));
      }
    }
    return predictions.withProbabilities(calibrated);
  }

  /**
   * Deals n rows into folds of nearly equal size at random.
   *
   * @param n the number of rows
   * @param folds the number of folds
   * @param seed the seed
   * @return the fold of each row
   */
  static int[] assignFolds(int n, int folds, long seed) {
    int[] order = shuffled(n, new SplittableRandom(seed));
    int[] fold = new int[n];
    for (int j = 0; j < n; j++) {
      fold[order[j]] = j % folds;
    }
    return fold;
  }

  /**
   * A random permutation of 0..n-1 (Fisher-Yates).
   *
   * @param n the length
   * @param random the random source
   * @return the permutation
   */
  static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static int[] rowsWhere(int[] fold, int f, boolean equal) {
    return java.util.stream.IntStream.range(0, fold.length)
        .filter(r -> (fold[r] == f) == equal)
        .toArray();
  }
}
