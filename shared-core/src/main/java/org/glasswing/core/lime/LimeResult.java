package org.glasswing.core.lime;

/**
 * What LIME found for one explained row, for every model output: the row's prediction and, per
 * output, the fitted surrogate's attributions, intercept (the base value), fidelity and local
 * prediction. A host that evaluates the model itself (a KNIME loop) gets these from {@link
 * Lime#rowJobs}.
 */
public final class LimeResult {

  private final double[] prediction;
  private final double[] explained;
  private final LocalSurrogate[] surrogates;

  /**
   * Creates the result.
   *
   * @param prediction the model's output for the row, per output
   * @param explained the row's interpretable representation
   * @param surrogates the fitted surrogate of each output
   */
  LimeResult(double[] prediction, double[] explained, LocalSurrogate[] surrogates) {
    this.prediction = prediction;
    this.explained = explained;
    this.surrogates = surrogates;
  }

  /**
   * The number of model outputs.
   *
   * @return the count
   */
  public int outputs() {
    return surrogates.length;
  }

  /**
   * The model's output for the explained row.
   *
   * @param output the output's index
   * @return the prediction
   */
  public double prediction(int output) {
    return prediction[output];
  }

  /**
   * The model's outputs for the explained row.
   *
   * @return a copy, one value per output
   */
  public double[] prediction() {
    return prediction.clone();
  }

  /**
   * Each feature's contribution to the surrogate's prediction for the row: its weight times the
   * row's interpretable value; 0 for a feature the surrogate does not use.
   *
   * @param output the output's index
   * @return one value per feature
   */
  public double[] attributions(int output) {
    LocalSurrogate surrogate = surrogates[output];
    double[] attributions = new double[explained.length];
    for (int p = 0; p < explained.length; p++) {
      attributions[p] = surrogate.weights()[p] * explained[p];
    }
    return attributions;
  }

  /**
   * The surrogate's intercept, the base value of the explanation.
   *
   * @param output the output's index
   * @return the intercept
   */
  public double baseValue(int output) {
    return surrogates[output].intercept();
  }

  /**
   * The surrogate's weighted R² on the samples.
   *
   * @param output the output's index
   * @return the fidelity, at most 1
   */
  public double fidelity(int output) {
    return surrogates[output].fidelity();
  }

  /**
   * The surrogate's prediction for the row: base value plus the attributions.
   *
   * @param output the output's index
   * @return the local prediction
   */
  public double localPrediction(int output) {
    return surrogates[output].predict(explained);
  }
}
