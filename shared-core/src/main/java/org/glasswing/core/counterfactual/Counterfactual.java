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
 */
public record Counterfactual(
    double[] row, double probability, double distance, int changed, double plausibility) {

  /**
   * Copies the row.
   *
   * @param row the changed row
   * @param probability the desired class's probability
   * @param distance distance to the original
   * @param changed number of changed columns
   * @param plausibility distance to the nearest desired-class reference row
   */
  public Counterfactual {
    row = row.clone();
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
