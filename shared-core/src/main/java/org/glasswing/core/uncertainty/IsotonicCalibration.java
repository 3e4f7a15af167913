package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic calibration (Zadrozny and Elkan 2002): the non-decreasing step function of the class
 * probability that best fits the actual class in squared error, found by pool-adjacent-violators.
 * Between two steps the map interpolates linearly, below the first and above the last it is flat.
 * For two classes one map on the second class's probability; for more, one-vs-rest maps whose
 * outputs are divided by their sum (uniform if all are 0).
 */
public final class IsotonicCalibration implements Calibrator {

  /** Creates the calibrator. */
  public IsotonicCalibration() {}

  /**
   * A fitted non-decreasing map: block {@code i} covers scores {@code lower[i]} to {@code upper[i]}
   * and maps them to {@code value[i]}.
   */
  public static final class StepFunction {
    private final double[] lower;
    private final double[] upper;
    private final double[] value;

    StepFunction(double[] lower, double[] upper, double[] value) {
      this.lower = lower;
      this.upper = upper;
      this.value = value;
    }

    /**
     * The calibrated value of a score.
     *
     * @param x the score
     * @return the fitted value, non-decreasing in x
     */
    public double apply(double x) {
      int m = value.length;
      if (x <= upper[0]) {
        return value[0];
      }
      if (x >= lower[m - 1]) {
        return value[m - 1];
      }
      int lo = 0;
      int hi = m - 1;
      while (hi - lo > 1) {
        int mid = (lo + hi) >>> 1;
        if (lower[mid] <= x) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      if (x <= upper[lo]) {
        return value[lo];
      }
      double w = (x - upper[lo]) / (lower[hi] - upper[lo]);
      return value[lo] + w * (value[hi] - value[lo]);
    }

    /**
     * The number of steps.
     *
     * @return at least 1
     */
    public int steps() {
      return value.length;
    }
  }

  @Override
  public String name() {
    return "isotonic";
  }

  @Override
  public CalibrationMap fit(ClassPredictions calibration) {
    Calibrator.requireTwoClasses(calibration);
    int k = calibration.numClasses();
    if (k == 2) {
      StepFunction f = fitClass(calibration, 1);
      return p -> {
        double q = f.apply(p[1]);
        return new double[] {1 - q, q};
      };
    }
    StepFunction[] maps = new StepFunction[k];
    for (int c = 0; c < k; c++) {
      maps[c] = fitClass(calibration, c);
    }
    return p -> {
      double[] q = new double[k];
      for (int c = 0; c < k; c++) {
        q[c] = maps[c].apply(p[c]);
      }
      return CalibrationMap.renormalise(q);
    };
  }

  private static StepFunction fitClass(ClassPredictions calibration, int c) {
    int n = calibration.size();
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = calibration.probabilities(i)[c];
      y[i] = calibration.actual(i) == c ? 1 : 0;
    }
    return fit(x, y);
  }

  /**
   * Fits the non-decreasing least-squares step function of y on x by pool-adjacent-violators; rows
   * with equal x are pooled first.
   *
   * @param x the scores
   * @param y the targets
   * @return the fitted map
   */
  public static StepFunction fit(double[] x, double[] y) {
    int n = x.length;
    if (n == 0 || y.length != n) {
      throw new IllegalArgumentException("isotonic regression needs as many targets as scores");
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
    List<double[]> blocks = new ArrayList<>(); // {lower, upper, sum, weight}
    for (int j = 0; j < n; j++) {
      int i = order[j];
      double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && last[1] == x[i]) {
        last[2] += y[i];
        last[3] += 1;
      } else {
        blocks.add(new double[] {x[i], x[i], y[i], 1});
      }
      while (blocks.size() > 1) {
        double[] b = blocks.get(blocks.size() - 1);
        double[] a = blocks.get(blocks.size() - 2);
        if (a[2] / a[3] < b[2] / b[3]) {
          break;
        }
        a[1] = b[1];
        a[2] += b[2];
        a[3] += b[3];
        blocks.remove(blocks.size() - 1);
      }
    }
    int m = blocks.size();
    double[] lower = new double[m];
    double[] upper = new double[m];
    double[] value = new double[m];
    for (int b = 0; b < m; b++) {
      double[] block = blocks.get(b);
      lower[b] = block[0];
      upper[b] = block[1];
      value[b] = block[2] / block[3];
    }
    return new StepFunction(lower, upper, value);
  }
}
