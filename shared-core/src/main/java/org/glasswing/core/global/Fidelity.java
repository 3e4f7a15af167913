package org.glasswing.core.global;

/**
 * How faithfully a surrogate reproduces a model's predictions on held-out rows: agreement of the
 * predicted classes for a classifier, R² of the predictions for a regression model.
 */
public final class Fidelity {

  private Fidelity() {}

  /**
   * The share of rows on which the surrogate predicts the model's most probable class.
   *
   * @param model the model's class probabilities, one vector per row
   * @param surrogate the surrogate's class probabilities, one vector per row
   * @return the agreement, from 0 to 1
   * @throws IllegalArgumentException if the lengths differ or there are no rows
   */
  public static double agreement(double[][] model, double[][] surrogate) {
    check(model.length, surrogate.length);
    int same = 0;
    for (int r = 0; r < model.length; r++) {
      if (Metric.argMax(model[r]) == Metric.argMax(surrogate[r])) {
        same++;
      }
    }
    return (double) same / model.length;
  }

  /**
   * The coefficient of determination of the surrogate's predictions, taking the model's as the
   * truth: 1 − Σ(model − surrogate)² / Σ(model − mean(model))². When the model's predictions are
   * all equal it is 1 if the surrogate matches them and 0 otherwise.
   *
   * @param model the model's predictions
   * @param surrogate the surrogate's predictions
   * @return R², at most 1 (negative when the surrogate is worse than a constant)
   * @throws IllegalArgumentException if the lengths differ or there are no rows
   */
  public static double rSquared(double[] model, double[] surrogate) {
    check(model.length, surrogate.length);
    double mean = Statistics.mean(model);
    double residual = 0;
    double total = 0;
    for (int r = 0; r < model.length; r++) {
      residual += (model[r] - surrogate[r]) * (model[r] - surrogate[r]);
      total += (model[r] - mean) * (model[r] - mean);
    }
    if (total == 0) {
      return residual == 0 ? 1 : 0;
    }
    return 1 - residual / total;
  }

  private static void check(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException(a + " model predictions but " + b + " surrogate ones");
    }
    if (a == 0) {
      throw new IllegalArgumentException("fidelity needs at least one held-out row");
    }
  }
}
