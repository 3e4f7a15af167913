package org.glasswing.core.counterfactual;

/**
 * One counterfactual: a changed copy of a row that the model predicts as the desired class.
 *
 * @param row the changed row, following the model's schema
 * @param probability the model's probability of the desired class for it
 * @param distance its distance to the original row (proximity; smaller is closer)
 * @param changed the number of input columns that differ from the original row (sparsity)
 * @param plausibility its distance to the nearest reference row labelled with the desired class
 *     (smaller is more like known cases); {@code NaN} when no reference row has that label
 * @param boundaryMargin how far past the decision boundary it lies, in probability: half the gap
 *     between the desired class's probability and the largest other one (for two classes, {@code p
 *     - 0.5}); {@code NaN} when not known
 */
public record Counterfactual(
    double[] row,
    double probability,
    double distance,
    int changed,
    double plausibility,
    double boundaryMargin) {

  /**
   * Copies the row.
   *
   * @param row the changed row
   * @param probability the desired class's probability
   * @param distance distance to the original
   * @param changed number of changed columns
   * @param plausibility distance to the nearest desired-class reference row
   * @param boundaryMargin distance past the decision boundary, in probability
   */
  public Counterfactual {
    row = row.clone();
  }

  /**
   * A counterfactual whose distance past the decision boundary is not known.
   *
   * @param row the changed row
   * @param probability the desired class's probability
   * @param distance distance to the original
   * @param changed number of changed columns
   * @param plausibility distance to the nearest desired-class reference row
   */
  public Counterfactual(
      double[] row, double probability, double distance, int changed, double plausibility) {
    this(row, probability, distance, changed, plausibility, Double.NaN);
  }

  /**
   * How far past the decision boundary an output of the model lies for a class: half the gap
   * between that class's probability and the largest other one.
   *
   * @param output the model's probabilities
   * @param desired the class index
   * @return the margin; negative when another class is more probable
   */
  public static double marginOf(double[] output, int desired) {
    double other = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < output.length; k++) {
      if (k != desired) {
        other = Math.max(other, output[k]);
      }
    }
    return other == Double.NEGATIVE_INFINITY ? 0.5 : (output[desired] - other) / 2;
  }

  /**
   * A copy of the changed row.
   *
   * @return a fresh array
   */
  @Override
  public double[] row() {
    return row.clone();
  }
}
