package org.glasswing.core.glassbox;

import org.glasswing.core.engine.CancellationToken;

/**
 * Penalised logistic regression by cyclic coordinate descent (Friedman, Hastie and Tibshirani 2010,
 * glmnet): minimises {@code -loglik/n + lambda * ((1 - alpha)/2 * |b|^2 + alpha * |b|_1)} along a
 * decreasing sequence of penalties, each fit warm-started from the previous one. Each outer step is
 * a quadratic (IRLS) approximation of the log-likelihood solved by coordinate descent with
 * soft-thresholding; sweeps cycle over the non-zero coefficients until they settle, then over all
 * to check that none other wants in. The intercept is not penalised.
 */
public final class ElasticNetLogistic {

  /** Convergence: the largest weighted squared coefficient change per sweep. */
  static final double TOLERANCE = 1e-14;

  private static final int MAX_OUTER = 200;
  private static final int MAX_SWEEPS = 10_000;
  private static final double MIN_WEIGHT = 1e-5;

  private ElasticNetLogistic() {}

  /**
   * The smallest penalty at which every coefficient is 0: {@code max_j |x_j . (y - mean y)| / (n *
   * alpha)} (alpha taken as at least 0.001, as glmnet does for ridge).
   *
   * @param x the design, {@code [column][row]}
   * @param y the 0/1 responses
   * @param alpha the mixing
   * @return lambda max
   */
  public static double lambdaMax(double[][] x, double[] y, double alpha) {
    int n = y.length;
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    double max = 0;
    for (double[] column : x) {
      double dot = 0;
      for (int i = 0; i < n; i++) {
        dot += column[i] * (y[i] - mean);
      }
      max = Math.max(max, Math.abs(dot) / n);
    }
    return max / Math.max(alpha, 1e-3);
  }

  /**
   * A log-spaced sequence from {@code max} down to {@code max * ratio}.
   *
   * @param max the first penalty
   * @param ratio the last penalty's share of the first, in (0, 1)
   * @param steps how many penalties
   * @return the penalties, largest first
   */
  public static double[] logSpaced(double max, double ratio, int steps) {
    double[] out = new double[steps];
    for (int s = 0; s < steps; s++) {
      out[s] = steps == 1 ? max : max * Math.pow(ratio, s / (double) (steps - 1));
    }
    return out;
  }

  /**
   * Fits the path.
   *
   * @param x the design, {@code [column][row]}
   * @param y the 0/1 responses
   * @param alpha the mixing, in [0, 1]
   * @param lambdas the penalties, largest first
   * @param cancel checked at each penalty
   * @return the path
   */
  public static LogisticPath fit(
      double[][] x, double[] y, double alpha, double[] lambdas, CancellationToken cancel) {
    int n = y.length;
    int p = x.length;
    double mean = 0;
    for (double v : y) {
      mean += v;
    }
    mean /= n;
    if (mean <= 0 || mean >= 1) {
      throw new IllegalArgumentException("logistic regression needs rows of both classes");
    }
    double b0 = Math.log(mean / (1 - mean));
    double[] beta = new double[p];
    double[] eta = new double[n];
    java.util.Arrays.fill(eta, b0);
    int k = lambdas.length;
    double[] intercepts = new double[k];
    double[][] betas = new double[k][];
    double[] deviance = new double[k];
    double[] w = new double[n];
    double[] r = new double[n];
    double[] xv = new double[p];
    for (int s = 0; s < k; s++) {
      cancel.throwIfCancelled();
      double l1 = lambdas[s] * alpha;
      double l2 = lambdas[s] * (1 - alpha);
      for (int outer = 0; outer < MAX_OUTER; outer++) {
        for (int i = 0; i < n; i++) {
          double prob = sigmoid(eta[i]);
          w[i] = Math.max(prob * (1 - prob), MIN_WEIGHT);
          r[i] = (y[i] - prob) / w[i];
        }
        for (int j = 0; j < p; j++) {
          double sum = 0;
          for (int i = 0; i < n; i++) {
            sum += w[i] * x[j][i] * x[j][i];
          }
          xv[j] = sum / n;
        }
        double moved = 0;
        boolean all = true;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
          double change = sweep(x, w, r, eta, beta, xv, l1, l2, all);
          double d0 = centre(w, r, eta);
          b0 += d0;
          change = Math.max(change, 0.25 * d0 * d0);
          moved = Math.max(moved, change);
          if (change < TOLERANCE) {
            if (all) {
              break;
            }
            all = true;
          } else {
            all = false;
          }
        }
        if (moved < TOLERANCE) {
          break;
        }
      }
      intercepts[s] = b0;
      betas[s] = beta.clone();
      deviance[s] = deviance(y, eta);
    }
    return new LogisticPath(alpha, lambdas, intercepts, betas, deviance);
  }

  /** One sweep over all coefficients or the non-zero ones; returns the largest weighted change. */
  private static double sweep(
      double[][] x,
      double[] w,
      double[] r,
      double[] eta,
      double[] beta,
      double[] xv,
      double l1,
      double l2,
      boolean all) {
    int n = w.length;
    double largest = 0;
    for (int j = 0; j < beta.length; j++) {
      if ((!all && beta[j] == 0) || xv[j] == 0) {
        continue;
      }
      double[] column = x[j];
      double g = 0;
      for (int i = 0; i < n; i++) {
        g += w[i] * column[i] * r[i];
      }
      g = g / n + xv[j] * beta[j];
      double updated = softThreshold(g, l1) / (xv[j] + l2);
      double d = updated - beta[j];
      if (d != 0) {
        beta[j] = updated;
        for (int i = 0; i < n; i++) {
          r[i] -= d * column[i];
          eta[i] += d * column[i];
        }
        largest = Math.max(largest, xv[j] * d * d);
      }
    }
    return largest;
  }

  /** Moves the intercept to the weighted mean working residual; returns the change. */
  private static double centre(double[] w, double[] r, double[] eta) {
    double sw = 0;
    double swr = 0;
    for (int i = 0; i < w.length; i++) {
      sw += w[i];
      swr += w[i] * r[i];
    }
    double d = swr / sw;
    for (int i = 0; i < w.length; i++) {
      r[i] -= d;
      eta[i] += d;
    }
    return d;
  }

  /**
   * The soft-thresholding operator {@code sign(z) * max(|z| - t, 0)}.
   *
   * @param z the value
   * @param t the threshold
   * @return the shrunk value
   */
  public static double softThreshold(double z, double t) {
    return z > t ? z - t : z < -t ? z + t : 0;
  }

  /**
   * The logistic function.
   *
   * @param eta log-odds
   * @return the probability
   */
  public static double sigmoid(double eta) {
    return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
  }

  /**
   * The binomial deviance of scores against 0/1 responses.
   *
   * @param y the responses
   * @param eta the log-odds
   * @return {@code -2} times the log-likelihood
   */
  public static double deviance(double[] y, double[] eta) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      // log(1 + e^eta) - y * eta, computed without overflow.
      double e = eta[i];
      double softplus = e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
      sum += softplus - y[i] * e;
    }
    return 2 * sum;
  }
}
