package org.glasswing.core.uncertainty;

import java.util.Arrays;

/**
 * The finite-sample conformal quantile: with n calibration scores and miscoverage level alpha, the
 * {@code ceil((n+1)(1-alpha))}-th smallest score, that is the empirical quantile at level {@code
 * ceil((n+1)(1-alpha))/n}. A new exchangeable score is at most this value with probability at least
 * {@code 1 - alpha} (and, without ties, less than {@code 1 - alpha + 1/(n+1)}). The rank is at most
 * n exactly when {@code n >= 1/alpha - 1}; Glasswing asks for {@code n >= 1/alpha} calibration
 * rows.
 */
public final class ConformalQuantile {

  private ConformalQuantile() {}

  /**
   * Checks a miscoverage level.
   *
   * @param alpha the level
   * @throws IllegalArgumentException unless {@code 0 < alpha < 1}
   */
  public static void checkAlpha(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(
          "alpha must be between 0 and 1 (exclusive), such as 0.1; got " + alpha);
    }
  }

  /**
   * The rank of the conformal quantile among n sorted scores.
   *
   * @param n the number of calibration scores
   * @param alpha the miscoverage level
   * @return {@code ceil((n+1)(1-alpha))}, 1-based
   * @throws IllegalArgumentException if alpha is outside (0, 1) or n is smaller than {@code
   *     1/alpha}
   */
  public static int rank(int n, double alpha) {
    checkAlpha(alpha);
    if (n * alpha < 1 - 1e-9) {
      throw new IllegalArgumentException(
          "too few calibration rows: "
              + n
              + " given, but alpha = "
              + alpha
              + " needs at least "
              + (int) Math.ceil(1 / alpha - 1e-9)
              + " (1/alpha)");
    }
    // The small slack keeps (n+1)(1-alpha) that should be a whole number from rounding up.
    int r = (int) Math.ceil((n + 1) * (1 - alpha) - 1e-9);
    return Math.max(1, Math.min(n, r));
  }

  /**
   * The conformal quantile of some scores.
   *
   * @param scores the calibration scores (not changed)
   * @param alpha the miscoverage level
   * @return the {@link #rank(int, double)}-th smallest score
   */
  public static double of(double[] scores, double alpha) {
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    return sorted[rank(sorted.length, alpha) - 1];
  }

  /**
   * The conformal p-value of a score against calibration scores: {@code (#{s_i >= s} + 1) / (n +
   * 1)}.
   *
   * @param sortedScores the calibration scores, ascending
   * @param score the new score
   * @return the p-value, in {@code [1/(n+1), 1]}
   */
  public static double pValue(double[] sortedScores, double score) {
    int lo = 0;
    int hi = sortedScores.length;
    while (lo < hi) { // first index with sortedScores[i] >= score
      int mid = (lo + hi) >>> 1;
      if (sortedScores[mid] < score) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (sortedScores.length - lo + 1.0) / (sortedScores.length + 1.0);
  }
}
