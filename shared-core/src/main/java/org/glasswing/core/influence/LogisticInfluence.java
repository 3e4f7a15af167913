package org.glasswing.core.influence;

import org.glasswing.core.shapley.LinearSystems;

/**
 * Which training rows drove a prediction? The influence function of Koh and Liang ("Understanding
 * black-box predictions via influence functions", ICML 2017) for a {@link RidgeLogistic} model,
 * computed exactly with the inverse Hessian of the training objective at the fitted parameters.
 *
 * <p>For a test row t and a training row i it gives {@code g_t' H^-1 g_i}, where g are gradients of
 * the rows' log-loss and H the Hessian of the whole objective: to first order, the change in the
 * test row's loss if row i were left out of training (its weight set to 0). Positive: the row
 * helped (leaving it out would raise the test loss); negative: it harmed. The standardisation is
 * held fixed, as in a refit on the same design.
 */
public final class LogisticInfluence {

  private final RidgeLogistic model;
  private final double[][] x;
  private final int[] y;
  private final double[] weights;
  private final double[][] inverseHessian;

  /**
   * Prepares the influence of training rows on a fitted model.
   *
   * @param model the fitted model
   * @param x the training design it was fitted on
   * @param y the training labels
   * @param weights the training weights
   * @throws IllegalStateException if the Hessian is singular (for example perfectly separated data
   *     with no ridge)
   */
  public LogisticInfluence(RidgeLogistic model, double[][] x, int[] y, double[] weights) {
    this.model = model;
    this.x = x.clone();
    this.y = y.clone();
    this.weights = weights.clone();
    this.inverseHessian = LinearSystems.inverse(model.hessian(x, weights));
  }

  /**
   * The first-order change in a test row's log-loss if each training row were left out.
   *
   * @param test the test row's design values
   * @param label the test row's class index (its recorded class, or the predicted one)
   * @return one value per training row, in training order
   */
  public double[] lossChangeIfRemoved(double[] test, int label) {
    double[] g = model.lossGradient(test, label);
    int size = g.length;
    double[] direction = new double[size];
    for (int a = 0; a < size; a++) {
      double s = 0;
      for (int b = 0; b < size; b++) {
        s += inverseHessian[a][b] * g[b];
      }
      direction[a] = s;
    }
    double[] change = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] gi = model.lossGradient(x[i], y[i]);
      double s = 0;
      for (int a = 0; a < size; a++) {
        s += direction[a] * gi[a];
      }
      change[i] = weights[i] * s;
    }
    return change;
  }
}
