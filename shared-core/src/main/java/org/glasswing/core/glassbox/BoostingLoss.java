package org.glasswing.core.glassbox;

/**
 * The loss an additive model is boosted on, with its first and second derivatives in the scores:
 * squared error for a regression, log-loss on one log-odds score for two classes, softmax log-loss
 * on one score per class for more.
 */
enum BoostingLoss {
  /** Squared error; gradient {@code s - y}, hessian 1. */
  SQUARED,
  /** Binary log-loss on the log-odds of class 1; gradient {@code p - y}, hessian {@code p(1-p)}. */
  LOGISTIC,
  /** Softmax log-loss; per class gradient {@code p_k - [y = k]}, hessian {@code p_k(1-p_k)}. */
  SOFTMAX;

  /** The smallest hessian used, so that a leaf of sure rows keeps a finite Newton step. */
  static final double MIN_HESSIAN = 1e-6;

  /**
   * The loss of one row.
   *
   * @param score its scores
   * @param y the target: the value, or the class index
   * @return the loss
   */
  double loss(double[] score, double y) {
    switch (this) {
      case SQUARED:
        return 0.5 * (score[0] - y) * (score[0] - y);
      case LOGISTIC:
        {
          double s = score[0];
          // log(1 + e^s) - y s, computed without overflow
          double softplus = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
          return softplus - y * s;
        }
      default:
        {
          double max = Double.NEGATIVE_INFINITY;
          for (double v : score) {
            max = Math.max(max, v);
          }
          double sum = 0;
          for (double v : score) {
            sum += Math.exp(v - max);
          }
          return max + Math.log(sum) - score[(int) y];
        }
    }
  }

  /**
   * Writes the gradient and hessian of one row.
   *
   * @param score its scores
   * @param y the target
   * @param gradient one per score, written
   * @param hessian one per score, written
   */
  void derivatives(double[] score, double y, double[] gradient, double[] hessian) {
    switch (this) {
      case SQUARED:
        gradient[0] = score[0] - y;
        hessian[0] = 1;
        return;
      case LOGISTIC:
        {
          double p = 1 / (1 + Math.exp(-score[0]));
          gradient[0] = p - y;
          hessian[0] = Math.max(p * (1 - p), MIN_HESSIAN);
          return;
        }
      default:
        {
          double max = Double.NEGATIVE_INFINITY;
          for (double v : score) {
            max = Math.max(max, v);
          }
          double sum = 0;
          for (int k = 0; k < score.length; k++) {
            gradient[k] = Math.exp(score[k] - max);
            sum += gradient[k];
          }
          for (int k = 0; k < score.length; k++) {
            double p = gradient[k] / sum;
            gradient[k] = p - (k == (int) y ? 1 : 0);
            hessian[k] = Math.max(p * (1 - p), MIN_HESSIAN);
          }
        }
    }
  }

  /**
   * The best constant scores for some targets: the mean, the log-odds, or the log class shares.
   *
   * @param targets the targets
   * @param outputs the number of scores
   * @return the intercept
   */
  double[] intercept(double[] targets, int outputs) {
    int n = targets.length;
    double[] s = new double[outputs];
    if (this == SQUARED) {
      double sum = 0;
      for (double t : targets) {
        sum += t;
      }
      s[0] = sum / n;
      return s;
    }
    int classes = this == LOGISTIC ? 2 : outputs;
    double[] count = new double[classes];
    for (double t : targets) {
      count[(int) t]++;
    }
    // add-one smoothing keeps a class that never occurs at a finite score
    if (this == LOGISTIC) {
      s[0] = Math.log((count[1] + 1) / (count[0] + 1));
    } else {
      for (int k = 0; k < classes; k++) {
        s[k] = Math.log((count[k] + 1) / (n + classes));
      }
    }
    return s;
  }
}
