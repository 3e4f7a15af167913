package org.glasswing.core.lime;

import java.util.Arrays;

/**
 * A weighted sparse linear surrogate g(z) = intercept + Σ<sub>j</sub> w<sub>j</sub> z<sub>j</sub>
 * with at most K non-zero weights, chosen by greedy forward selection: starting from no feature,
 * each step adds the feature whose weighted least-squares fit (with an intercept) explains the most
 * of the weighted variance of the outputs, until K features are in, no candidate is left that is
 * not collinear with those chosen, or the fit is exact. This is LIME's {@code forward_selection}
 * (Ribeiro et al. 2016 use K-Lasso; both pick K features, forward selection exactly optimises the
 * fit at each step). The weights are then the plain weighted least-squares coefficients (no ridge
 * penalty), so that a linear model is recovered exactly.
 *
 * @param intercept the surrogate's value at z = 0
 * @param weights one weight per interpretable feature; zero for a feature not chosen
 * @param selected the chosen features, in the order they were chosen
 * @param fidelity the weighted R² of the fit on the samples: 1 − Σ π (y − g)² / Σ π (y − ȳ)²; 1
 *     when the outputs do not vary
 */
record LocalSurrogate(double intercept, double[] weights, int[] selected, double fidelity) {

  /** Relative size below which a pivot (a residual variance) counts as zero. */
  private static final double TINY = 1e-10;

  /**
   * Fits the surrogate.
   *
   * @param z the interpretable samples, one row of d values per sample
   * @param y the model's output for each sample
   * @param pi the kernel weight of each sample, non-negative, not all zero
   * @param maxFeatures K, at least 1
   * @return the fit
   */
  static LocalSurrogate fit(double[][] z, double[] y, double[] pi, int maxFeatures) {
    int n = z.length;
    int d = n == 0 ? 0 : z[0].length;
    double total = 0;
    double yMean = 0;
    double[] zMean = new double[d];
    for (int s = 0; s < n; s++) {
      total += pi[s];
      yMean += pi[s] * y[s];
      for (int j = 0; j < d; j++) {
        zMean[j] += pi[s] * z[s][j];
      }
    }
    yMean /= total;
    for (int j = 0; j < d; j++) {
      zMean[j] /= total;
    }
    double[][] gram = new double[d][d];
    double[] cross = new double[d];
    double syy = 0;
    double[] centred = new double[d];
    for (int s = 0; s < n; s++) {
      double ys = y[s] - yMean;
      syy += pi[s] * ys * ys;
      for (int j = 0; j < d; j++) {
        centred[j] = z[s][j] - zMean[j];
      }
      for (int j = 0; j < d; j++) {
        double wj = pi[s] * centred[j];
        if (wj == 0) {
          continue;
        }
        cross[j] += wj * ys;
        for (int k = j; k < d; k++) {
          gram[j][k] += wj * centred[k];
        }
      }
    }
    for (int j = 0; j < d; j++) {
      for (int k = 0; k < j; k++) {
        gram[j][k] = gram[k][j];
      }
    }
    double scale = 0;
    for (int j = 0; j < d; j++) {
      scale = Math.max(scale, gram[j][j]);
    }
    int[] chosen = new int[0];
    double[] beta = new double[0];
    double explained = 0;
    boolean[] in = new boolean[d];
    while (chosen.length < maxFeatures && syy > 0 && explained < syy * (1 - 1e-12)) {
      int best = -1;
      double bestExplained = Double.NEGATIVE_INFINITY;
      double[] bestBeta = null;
      for (int j = 0; j < d; j++) {
        if (in[j] || !(gram[j][j] > TINY * scale)) {
          continue;
        }
        int[] candidate = Arrays.copyOf(chosen, chosen.length + 1);
        candidate[chosen.length] = j;
        double[] b = solve(gram, cross, candidate, scale);
        if (b == null) {
          continue;
        }
        double value = 0;
        for (int i = 0; i < candidate.length; i++) {
          value += b[i] * cross[candidate[i]];
        }
        if (value > bestExplained) {
          bestExplained = value;
          best = j;
          bestBeta = b;
        }
      }
      if (best < 0) {
        break;
      }
      in[best] = true;
      chosen = Arrays.copyOf(chosen, chosen.length + 1);
      chosen[chosen.length - 1] = best;
      beta = bestBeta;
      explained = bestExplained;
    }
    double[] weights = new double[d];
    double intercept = yMean;
    for (int i = 0; i < chosen.length; i++) {
      weights[chosen[i]] = beta[i];
      intercept -= beta[i] * zMean[chosen[i]];
    }
    double fidelity = syy > 0 ? Math.min(1, Math.max(0, explained / syy)) : 1;
    return new LocalSurrogate(intercept, weights, chosen, fidelity);
  }

  /**
   * Solves the normal equations restricted to some features by a Cholesky factorisation.
   *
   * @return the coefficients, or {@code null} when the features are collinear
   */
  private static double[] solve(double[][] gram, double[] cross, int[] features, double scale) {
    int k = features.length;
    double[][] l = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = gram[features[i]][features[j]];
        for (int m = 0; m < j; m++) {
          sum -= l[i][m] * l[j][m];
        }
        if (i == j) {
          if (!(sum > TINY * scale)) {
            return null;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] u = new double[k];
    for (int i = 0; i < k; i++) {
      double sum = cross[features[i]];
      for (int m = 0; m < i; m++) {
        sum -= l[i][m] * u[m];
      }
      u[i] = sum / l[i][i];
    }
    double[] b = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double sum = u[i];
      for (int m = i + 1; m < k; m++) {
        sum -= l[m][i] * b[m];
      }
      b[i] = sum / l[i][i];
    }
    return b;
  }

  /**
   * The surrogate's prediction for one interpretable row.
   *
   * @param row the interpretable values
   * @return intercept + Σ w<sub>j</sub> row<sub>j</sub>
   */
  double predict(double[] row) {
    double value = intercept;
    for (int j = 0; j < weights.length; j++) {
      value += weights[j] * row[j];
    }
    return value;
  }
}
