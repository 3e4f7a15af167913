package org.glasswing.core.glassbox;

/**
 * Weighted, L1-penalised softmax regression with soft targets, one proximal-gradient (ISTA) run at
 * a time: minimises {@code -(1/sum w) sum_i w_i sum_c t_ic log softmax(W x_i)_c + lambda sum
 * |W_cj|} over the weights {@code W[c][j]}, the intercept {@code W[c][p]} unpenalised. The step is
 * the inverse of Boehning's bound on the curvature, {@code 1/2} of the largest eigenvalue of the
 * weighted Gram matrix, so every step lowers the objective (a descent method, which keeps the EM of
 * {@link ExpertMixture} monotone). Works in place on the caller's parameters.
 */
final class SoftmaxFit {

  private SoftmaxFit() {}

  /**
   * Runs proximal-gradient steps.
   *
   * @param x the rows, {@code [row][column]}, standardised, without the intercept
   * @param weights the row weights (at least one positive)
   * @param targets the soft targets, {@code [row][class]}, each row summing to 1
   * @param w the parameters {@code [class][column]}, the last column the intercept; updated
   * @param lambda the L1 penalty
   * @param steps how many steps
   */
  static void fit(
      double[][] x, double[] weights, double[][] targets, double[][] w, double lambda, int steps) {
    int n = x.length;
    int p = x[0].length;
    int classes = w.length;
    double total = 0;
    for (double v : weights) {
      total += v;
    }
    if (!(total > 0)) {
      return;
    }
    double curvature = 0.5 * largestEigenvalue(x, weights, total);
    double step = 1 / Math.max(curvature, 1e-12);
    double[] prob = new double[classes];
    double[][] grad = new double[classes][p + 1];
    for (int it = 0; it < steps; it++) {
      for (double[] g : grad) {
        java.util.Arrays.fill(g, 0);
      }
      for (int i = 0; i < n; i++) {
        if (weights[i] == 0) {
          continue;
        }
        probabilities(w, x[i], prob);
        double wi = weights[i] / total;
        for (int c = 0; c < classes; c++) {
          double d = wi * (prob[c] - targets[i][c]);
          if (d == 0) {
            continue;
          }
          double[] g = grad[c];
          for (int j = 0; j < p; j++) {
            g[j] += d * x[i][j];
          }
          g[p] += d;
        }
      }
      for (int c = 0; c < classes; c++) {
        for (int j = 0; j < p; j++) {
          w[c][j] = ElasticNetLogistic.softThreshold(w[c][j] - step * grad[c][j], step * lambda);
        }
        w[c][p] -= step * grad[c][p];
      }
    }
  }

  /**
   * The softmax of a linear score.
   *
   * @param w parameters, the last column the intercept
   * @param x a standardised row
   * @param out filled with the probabilities
   */
  static void probabilities(double[][] w, double[] x, double[] out) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double s = w[c][x.length];
      for (int j = 0; j < x.length; j++) {
        s += w[c][j] * x[j];
      }
      out[c] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < w.length; c++) {
      out[c] = Math.exp(out[c] - max);
      sum += out[c];
    }
    for (int c = 0; c < w.length; c++) {
      out[c] /= sum;
    }
  }

  /** The largest eigenvalue of {@code sum_i w_i z_i z_i^T / total}, z = (x, 1), by power steps. */
  static double largestEigenvalue(double[][] x, double[] weights, double total) {
    int p = x[0].length + 1;
    double[] v = new double[p];
    java.util.Arrays.fill(v, 1 / Math.sqrt(p));
    double value = 0;
    double[] next = new double[p];
    for (int it = 0; it < 50; it++) {
      java.util.Arrays.fill(next, 0);
      for (int i = 0; i < x.length; i++) {
        if (weights[i] == 0) {
          continue;
        }
        double dot = v[p - 1];
        for (int j = 0; j < p - 1; j++) {
          dot += x[i][j] * v[j];
        }
        double f = weights[i] * dot / total;
        for (int j = 0; j < p - 1; j++) {
          next[j] += f * x[i][j];
        }
        next[p - 1] += f;
      }
      double norm = 0;
      for (double e : next) {
        norm += e * e;
      }
      norm = Math.sqrt(norm);
      if (norm == 0) {
        return 0;
      }
      value = norm;
      for (int j = 0; j < p; j++) {
        v[j] = next[j] / norm;
      }
    }
    // Power steps approach the top eigenvalue from below; a small margin keeps the step safe.
    return value * 1.05;
  }
}
