package org.glasswing.core.glassbox;

/**
 * The cross-validated deviance along a regularisation path and the two usual choices of penalty:
 * the one with the least mean held-out deviance, and the largest whose mean is within one standard
 * error of that least (the one-standard-error rule of Breiman et al. 1984, as in glmnet).
 * Immutable.
 *
 * @param mean the mean held-out deviance per row at each step
 * @param standardError its standard error over the folds at each step
 * @param minimum the step of the least mean
 * @param oneStandardError the first (largest-penalty) step within one standard error of the least
 */
public record PathChoice(double[] mean, double[] standardError, int minimum, int oneStandardError) {

  /**
   * Copies the arrays.
   *
   * @param mean means
   * @param standardError standard errors
   * @param minimum the least mean's step
   * @param oneStandardError the one-standard-error step
   */
  public PathChoice {
    mean = mean.clone();
    standardError = standardError.clone();
  }

  /**
   * Chooses from per-step means and standard errors.
   *
   * @param mean the mean held-out deviance at each step
   * @param standardError its standard error
   * @return the choice
   */
  public static PathChoice of(double[] mean, double[] standardError) {
    int best = 0;
    for (int s = 1; s < mean.length; s++) {
      if (mean[s] < mean[best]) {
        best = s;
      }
    }
    double limit = mean[best] + standardError[best];
    int oneSe = best;
    for (int s = 0; s < best; s++) {
      if (mean[s] <= limit) {
        oneSe = s;
        break;
      }
    }
    return new PathChoice(mean, standardError, best, oneSe);
  }

  /**
   * The mean held-out deviance at each step.
   *
   * @return a copy
   */
  @Override
  public double[] mean() {
    return mean.clone();
  }

  /**
   * The standard error of the held-out deviance at each step.
   *
   * @return a copy
   */
  @Override
  public double[] standardError() {
    return standardError.clone();
  }
}
