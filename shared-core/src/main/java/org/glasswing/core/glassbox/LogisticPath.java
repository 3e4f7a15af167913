package org.glasswing.core.glassbox;

/**
 * The fits of one penalised logistic regression along a decreasing sequence of penalties, in the
 * standardised coordinates of its design. Immutable.
 */
public final class LogisticPath {

  private final double alpha;
  private final double[] lambdas;
  private final double[] intercepts;
  private final double[][] betas;
  private final double[] deviance;

  /**
   * Creates a path.
   *
   * @param alpha the elastic-net mixing (1 for the lasso)
   * @param lambdas the penalties, largest first
   * @param intercepts the intercept at each penalty
   * @param betas the coefficients at each penalty, {@code [step][design column]}
   * @param deviance the training deviance at each penalty
   */
  public LogisticPath(
      double alpha, double[] lambdas, double[] intercepts, double[][] betas, double[] deviance) {
    int k = lambdas.length;
    if (intercepts.length != k || betas.length != k || deviance.length != k) {
      throw new IllegalArgumentException("a path needs one fit per penalty");
    }
    this.alpha = alpha;
    this.lambdas = lambdas.clone();
    this.intercepts = intercepts.clone();
    this.betas = new double[k][];
    for (int s = 0; s < k; s++) {
      this.betas[s] = betas[s].clone();
    }
    this.deviance = deviance.clone();
  }

  /**
   * The elastic-net mixing: 1 is the lasso, 0 ridge.
   *
   * @return alpha
   */
  public double alpha() {
    return alpha;
  }

  /**
   * The number of penalties.
   *
   * @return the steps
   */
  public int steps() {
    return lambdas.length;
  }

  /**
   * The penalties, largest first.
   *
   * @return a copy
   */
  public double[] lambdas() {
    return lambdas.clone();
  }

  /**
   * A step's penalty.
   *
   * @param step the step
   * @return lambda
   */
  public double lambda(int step) {
    return lambdas[step];
  }

  /**
   * A step's intercept, standardised coordinates.
   *
   * @param step the step
   * @return the intercept
   */
  public double intercept(int step) {
    return intercepts[step];
  }

  /**
   * A step's coefficients, standardised coordinates.
   *
   * @param step the step
   * @return a copy
   */
  public double[] beta(int step) {
    return betas[step].clone();
  }

  /**
   * A step's training deviance, {@code -2} times the log-likelihood.
   *
   * @param step the step
   * @return the deviance
   */
  public double deviance(int step) {
    return deviance[step];
  }

  /**
   * How many coefficients are not zero at a step.
   *
   * @param step the step
   * @return the count
   */
  public int kept(int step) {
    int count = 0;
    for (double b : betas[step]) {
      if (b != 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The log-odds of a standardised row at a step.
   *
   * @param step the step
   * @param x the standardised design values
   * @return the linear score
   */
  public double score(int step, double[] x) {
    double eta = intercepts[step];
    double[] b = betas[step];
    for (int j = 0; j < b.length; j++) {
      eta += b[j] * x[j];
    }
    return eta;
  }
}
