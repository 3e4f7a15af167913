package org.glasswing.core.uncertainty;

/**
 * Platt scaling (Platt 1999): a logistic regression {@code q = 1 / (1 + exp(A s + B))} of the
 * actual class on a score s, here the log-odds {@code s = ln(p / (1 - p))} of the class probability
 * (p clamped to [{@value #CLAMP}, 1 - {@value #CLAMP}]). Fitted by Newton's method with Platt's
 * smoothed targets {@code (N+ + 1) / (N+ + 2)} and {@code 1 / (N- + 2)} (the algorithm of Lin, Lin
 * and Weng 2007). For two classes one model on the second class's probability; for more,
 * one-vs-rest models whose outputs are divided by their sum.
 */
public final class PlattScaling implements Calibrator {

  /** How close to 0 or 1 a probability is taken before its log-odds. */
  public static final double CLAMP = 1e-12;

  /** Creates the calibrator. */
  public PlattScaling() {}

  /**
   * One fitted sigmoid.
   *
   * @param a the slope A (negative when the score and the class agree)
   * @param b the offset B
   */
  public record Sigmoid(double a, double b) {

    /**
     * The calibrated probability of a class probability.
     *
     * @param p the class probability
     * @return {@code 1 / (1 + exp(A logit(p) + B))}
     */
    public double apply(double p) {
      double f = a * logit(p) + b;
      return f >= 0 ? Math.exp(-f) / (1 + Math.exp(-f)) : 1 / (1 + Math.exp(f));
    }
  }

  @Override
  public String name() {
    return "platt";
  }

  @Override
  public CalibrationMap fit(ClassPredictions calibration) {
    Calibrator.requireTwoClasses(calibration);
    int k = calibration.numClasses();
    int n = calibration.size();
    if (k == 2) {
      Sigmoid s = fitClass(calibration, 1, n);
      return p -> {
        double q = s.apply(p[1]);
        return new double[] {1 - q, q};
      };
    }
    Sigmoid[] sigmoids = new Sigmoid[k];
    for (int c = 0; c < k; c++) {
      sigmoids[c] = fitClass(calibration, c, n);
    }
    return p -> {
      double[] q = new double[k];
      for (int c = 0; c < k; c++) {
        q[c] = sigmoids[c].apply(p[c]);
      }
      return CalibrationMap.renormalise(q);
    };
  }

  private static Sigmoid fitClass(ClassPredictions calibration, int c, int n) {
    double[] score = new double[n];
    boolean[] positive = new boolean[n];
    for (int i = 0; i < n; i++) {
      score[i] = logit(calibration.probabilities(i)[c]);
      positive[i] = calibration.actual(i) == c;
    }
    return fit(score, positive);
  }

  static double logit(double p) {
    double q = Math.min(1 - CLAMP, Math.max(CLAMP, p));
    return Math.log(q / (1 - q));
  }

  /**
   * Fits {@code P(positive | s) = 1 / (1 + exp(A s + B))}.
   *
   * @param score the scores
   * @param positive whether each row is positive
   * @return the fitted sigmoid
   */
  public static Sigmoid fit(double[] score, boolean[] positive) {
    int n = score.length;
    double prior1 = 0;
    for (boolean p : positive) {
      prior1 += p ? 1 : 0;
    }
    double prior0 = n - prior1;
    double hiTarget = (prior1 + 1) / (prior1 + 2);
    double loTarget = 1 / (prior0 + 2);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = positive[i] ? hiTarget : loTarget;
    }
    double a = 0;
    double b = Math.log((prior0 + 1) / (prior1 + 1));
    double sigma = 1e-12;
    double fval = objective(score, t, a, b);
    for (int iter = 0; iter < 100; iter++) {
      double h11 = sigma;
      double h22 = sigma;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < n; i++) {
        double fApB = score[i] * a + b;
        double p;
        double q;
        if (fApB >= 0) {
          p = Math.exp(-fApB) / (1 + Math.exp(-fApB));
          q = 1 / (1 + Math.exp(-fApB));
        } else {
          p = 1 / (1 + Math.exp(fApB));
          q = Math.exp(fApB) / (1 + Math.exp(fApB));
        }
        double d2 = p * q;
        h11 += score[i] * score[i] * d2;
        h22 += d2;
        h21 += score[i] * d2;
        double d1 = t[i] - p;
        g1 += score[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double dA = -(h22 * g1 - h21 * g2) / det;
      double dB = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * dA + g2 * dB;
      double step = 1;
      boolean moved = false;
      while (step >= 1e-10) {
        double newA = a + step * dA;
        double newB = b + step * dB;
        double newF = objective(score, t, newA, newB);
        if (newF < fval + 1e-4 * step * gd) {
          a = newA;
          b = newB;
          fval = newF;
          moved = true;
          break;
        }
        step /= 2;
      }
      if (!moved) {
        break;
      }
    }
    return new Sigmoid(a, b);
  }

  private static double objective(double[] score, double[] t, double a, double b) {
    double f = 0;
    for (int i = 0; i < score.length; i++) {
      double fApB = score[i] * a + b;
      if (fApB >= 0) {
        f += t[i] * fApB + Math.log1p(Math.exp(-fApB));
      } else {
        f += (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
      }
    }
    return f;
  }
}
