package org.glasswing.core.lime;

/**
 * The perturbed samples around one explained row, in both representations LIME needs. Sample 0 is
 * the explained row itself.
 *
 * @param interpretable the interpretable representation of each sample (n rows of d values) that
 *     the surrogate is fitted on
 * @param explained the interpretable representation of the explained row
 * @param weights the kernel weight π of each sample, from its distance to the explained row
 * @param modelRows the rows the model is asked about, one per sample
 */
record Neighbourhood(
    double[][] interpretable, double[] explained, double[] weights, double[][] modelRows) {

  /**
   * LIME's exponential kernel as its reference implementation computes it: π = sqrt(exp(−D² /
   * width²)) = exp(−D² / (2 width²)).
   *
   * @param distance D
   * @param width the kernel width
   * @return the weight, in (0, 1]
   */
  static double kernel(double distance, double width) {
    return Math.sqrt(Math.exp(-(distance * distance) / (width * width)));
  }
}
