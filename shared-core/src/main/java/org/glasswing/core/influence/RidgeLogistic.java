package org.glasswing.core.influence;

import org.glasswing.core.shapley.LinearSystems;

/**
 * Multinomial logistic regression with a ridge penalty, fitted exactly as Weka's {@code Logistic}
 * defines it (le Cessie and van Houwelingen, 1992): the columns are standardised (weighted mean,
 * sample standard deviation; a column with no spread is left as it is), the last class is the
 * reference with score 0, and the objective is the weighted negative log-likelihood plus {@code
 * ridge} times the sum of the squared standardised coefficients, intercepts excluded.
 *
 * <p>The fit is Newton's method with the exact Hessian and a halving step, until the largest
 * gradient entry is below {@value #TOLERANCE} times the total weight. Parameters are laid out per
 * non-reference class k as {@code [intercept, coefficient 1, ..., coefficient d]}, in standardised
 * units.
 */
public final class RidgeLogistic {

  /** The relative gradient size at which the fit stops. */
  public static final double TOLERANCE = 1e-10;

  private static final int MAX_ITERATIONS = 200;

  private final int classes;
  private final int columns;
  private final double ridge;
  private final double[] mean;
  private final double[] sd;
  private final double[] theta;

  private RidgeLogistic(
      int classes, int columns, double ridge, double[] mean, double[] sd, double[] theta) {
    this.classes = classes;
    this.columns = columns;
    this.ridge = ridge;
    this.mean = mean;
    this.sd = sd;
    this.theta = theta;
  }

  /**
   * Fits the model.
   *
   * @param x the design: one row per training row, numeric columns only (nominal attributes turned
   *     into indicator columns, no missing values)
   * @param y the class index of each row, from 0 to {@code classes - 1}
   * @param weights the weight of each row
   * @param classes the number of classes, at least 2
   * @param ridge the ridge penalty, at least 0
   * @param start raw-scale coefficients to start from, laid out as Weka's {@code
   *     Logistic.coefficients()} ({@code [1 + d][classes - 1]}, intercept first), or {@code null}
   *     to start from zero
   * @return the fitted model
   * @throws IllegalArgumentException for inconsistent sizes, a class index out of range, a negative
   *     ridge or a missing value
   */
  public static RidgeLogistic fit(
      double[][] x, int[] y, double[] weights, int classes, double ridge, double[][] start) {
    int n = x.length;
    if (n == 0 || y.length != n || weights.length != n) {
      throw new IllegalArgumentException("the design, labels and weights must have the same rows");
    }
    if (classes < 2) {
      throw new IllegalArgumentException("logistic regression needs at least 2 classes");
    }
    if (!(ridge >= 0)) {
      throw new IllegalArgumentException("the ridge must be at least 0, got " + ridge);
    }
    int d = x[0].length;
    double total = 0;
    double[] mean = new double[d];
    double[] squares = new double[d];
    for (int i = 0; i < n; i++) {
      if (x[i].length != d) {
        throw new IllegalArgumentException("design row " + (i + 1) + " has a different length");
      }
      if (y[i] < 0 || y[i] >= classes) {
        throw new IllegalArgumentException("row " + (i + 1) + " has class index " + y[i]);
      }
      total += weights[i];
      for (int j = 0; j < d; j++) {
        if (Double.isNaN(x[i][j])) {
          throw new IllegalArgumentException("design row " + (i + 1) + " has a missing value");
        }
        mean[j] += weights[i] * x[i][j];
        squares[j] += weights[i] * x[i][j] * x[i][j];
      }
    }
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] /= total;
      sd[j] =
          total > 1 ? Math.sqrt(Math.abs(squares[j] - total * mean[j] * mean[j]) / (total - 1)) : 0;
    }
    RidgeLogistic model =
        new RidgeLogistic(classes, d, ridge, mean, sd, new double[(classes - 1) * (d + 1)]);
    if (start != null) {
      model.setRaw(start);
    }
    model.newton(x, y, weights, total);
    return model;
  }

  private void setRaw(double[][] raw) {
    if (raw.length != columns + 1 || raw[0].length != classes - 1) {
      throw new IllegalArgumentException(
          "start coefficients must be [" + (columns + 1) + "][" + (classes - 1) + "]");
    }
    for (int k = 0; k < classes - 1; k++) {
      double intercept = raw[0][k];
      for (int j = 0; j < columns; j++) {
        double coefficient = raw[j + 1][k];
        if (sd[j] != 0) {
          theta[k * (columns + 1) + j + 1] = coefficient * sd[j];
          intercept += coefficient * mean[j];
        } else {
          theta[k * (columns + 1) + j + 1] = coefficient;
        }
      }
      theta[k * (columns + 1)] = intercept;
    }
  }

  private void newton(double[][] x, int[] y, double[] weights, double total) {
    double current = objective(x, y, weights, theta);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] gradient = gradient(x, y, weights);
      double largest = 0;
      for (double g : gradient) {
        largest = Math.max(largest, Math.abs(g));
      }
      if (largest < TOLERANCE * Math.max(1, total)) {
        return;
      }
      double[][] hessian = hessian(x, weights);
      double[][] rhs = new double[gradient.length][1];
      for (int p = 0; p < gradient.length; p++) {
        rhs[p][0] = gradient[p];
      }
      double[][] step = LinearSystems.solve(hessian, rhs);
      double size = 1;
      double[] next = theta.clone();
      boolean improved = false;
      for (int halving = 0; halving < 40; halving++) {
        for (int p = 0; p < theta.length; p++) {
          next[p] = theta[p] - size * step[p][0];
        }
        double value = objective(x, y, weights, next);
        if (value <= current) {
          System.arraycopy(next, 0, theta, 0, theta.length);
          improved = current - value > 0;
          current = value;
          break;
        }
        size /= 2;
      }
      if (!improved) {
        return;
      }
    }
  }

  /** Standardised features with a leading 1. */
  private double[] standardise(double[] raw) {
    double[] z = new double[columns + 1];
    z[0] = 1;
    for (int j = 0; j < columns; j++) {
      z[j + 1] = sd[j] != 0 ? (raw[j] - mean[j]) / sd[j] : raw[j];
    }
    return z;
  }

  private double[] probabilities(double[] z, double[] parameters) {
    double[] scores = new double[classes];
    double max = 0;
    for (int k = 0; k < classes - 1; k++) {
      double s = 0;
      for (int j = 0; j <= columns; j++) {
        s += parameters[k * (columns + 1) + j] * z[j];
      }
      scores[k] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      scores[k] = Math.exp(scores[k] - max);
      sum += scores[k];
    }
    for (int k = 0; k < classes; k++) {
      scores[k] /= sum;
    }
    return scores;
  }

  private double objective(double[][] x, int[] y, double[] weights, double[] parameters) {
    double value = 0;
    for (int i = 0; i < x.length; i++) {
      double[] p = probabilities(standardise(x[i]), parameters);
      value -= weights[i] * Math.log(Math.max(p[y[i]], Double.MIN_NORMAL));
    }
    return value + penalty(parameters);
  }

  private double penalty(double[] parameters) {
    double value = 0;
    for (int k = 0; k < classes - 1; k++) {
      for (int j = 1; j <= columns; j++) {
        double t = parameters[k * (columns + 1) + j];
        value += ridge * t * t;
      }
    }
    return value;
  }

  private double[] gradient(double[][] x, int[] y, double[] weights) {
    double[] gradient = new double[theta.length];
    for (int i = 0; i < x.length; i++) {
      double[] g = lossGradient(x[i], y[i]);
      for (int p = 0; p < g.length; p++) {
        gradient[p] += weights[i] * g[p];
      }
    }
    for (int k = 0; k < classes - 1; k++) {
      for (int j = 1; j <= columns; j++) {
        gradient[k * (columns + 1) + j] += 2 * ridge * theta[k * (columns + 1) + j];
      }
    }
    return gradient;
  }

  /**
   * The gradient of one row's log-loss with respect to the standardised parameters, at the fitted
   * parameters.
   *
   * @param raw the row's design values (raw scale)
   * @param label its class index
   * @return one entry per parameter
   */
  public double[] lossGradient(double[] raw, int label) {
    double[] z = standardise(raw);
    double[] p = probabilities(z, theta);
    double[] g = new double[theta.length];
    for (int k = 0; k < classes - 1; k++) {
      double residual = p[k] - (label == k ? 1 : 0);
      for (int j = 0; j <= columns; j++) {
        g[k * (columns + 1) + j] = residual * z[j];
      }
    }
    return g;
  }

  /**
   * The Hessian of the whole objective (weighted log-loss plus penalty) at the fitted parameters.
   *
   * @param x the training design
   * @param weights the training weights
   * @return a square matrix, one row per parameter
   */
  public double[][] hessian(double[][] x, double[] weights) {
    int size = theta.length;
    double[][] h = new double[size][size];
    int width = columns + 1;
    for (int i = 0; i < x.length; i++) {
      double[] z = standardise(x[i]);
      double[] p = probabilities(z, theta);
      for (int k = 0; k < classes - 1; k++) {
        for (int l = 0; l < classes - 1; l++) {
          double c = weights[i] * ((k == l ? p[k] : 0) - p[k] * p[l]);
          if (c == 0) {
            continue;
          }
          for (int a = 0; a < width; a++) {
            double ca = c * z[a];
            double[] rowH = h[k * width + a];
            for (int b = 0; b < width; b++) {
              rowH[l * width + b] += ca * z[b];
            }
          }
        }
      }
    }
    for (int k = 0; k < classes - 1; k++) {
      for (int j = 1; j <= columns; j++) {
        h[k * width + j][k * width + j] += 2 * ridge;
      }
    }
    return h;
  }

  /**
   * The class probabilities of a row.
   *
   * @param raw the row's design values (raw scale)
   * @return one probability per class
   */
  public double[] probabilities(double[] raw) {
    return probabilities(standardise(raw), theta);
  }

  /**
   * The row's log-loss: minus the log of the probability of its class.
   *
   * @param raw the row's design values
   * @param label its class index
   * @return the loss
   */
  public double loss(double[] raw, int label) {
    return -Math.log(Math.max(probabilities(raw)[label], Double.MIN_NORMAL));
  }

  /**
   * The coefficients on the raw scale, laid out as Weka's {@code Logistic.coefficients()}: {@code
   * [1 + d][classes - 1]}, the intercept first.
   *
   * @return a fresh array
   */
  public double[][] rawCoefficients() {
    double[][] raw = new double[columns + 1][classes - 1];
    for (int k = 0; k < classes - 1; k++) {
      double intercept = theta[k * (columns + 1)];
      for (int j = 0; j < columns; j++) {
        double t = theta[k * (columns + 1) + j + 1];
        raw[j + 1][k] = sd[j] != 0 ? t / sd[j] : t;
        if (sd[j] != 0) {
          intercept -= raw[j + 1][k] * mean[j];
        }
      }
      raw[0][k] = intercept;
    }
    return raw;
  }

  /**
   * The number of classes.
   *
   * @return at least 2
   */
  public int classes() {
    return classes;
  }

  /**
   * The ridge penalty.
   *
   * @return the ridge
   */
  public double ridge() {
    return ridge;
  }

  /**
   * A model with the same standardisation and penalty refitted to other rows, starting from this
   * one's parameters; leave-one-out refits use it.
   *
   * @param x the design
   * @param y the labels
   * @param weights the weights
   * @return the refitted model
   */
  public RidgeLogistic refit(double[][] x, int[] y, double[] weights) {
    RidgeLogistic copy = new RidgeLogistic(classes, columns, ridge, mean, sd, theta.clone());
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    copy.newton(x, y, weights, total);
    return copy;
  }
}
