package org.glasswing.core.examples;

/**
 * One reference row near a query row.
 *
 * @param index the row's index in the reference data, from 0
 * @param distance its distance to the query row
 * @param label its recorded target value (a label index for a nominal target); {@code NaN} when
 *     missing
 * @param predictedClass the class the model predicts for it (index of the largest output), or -1
 *     for a regression model
 * @param prediction the model's probability of that class, or its numeric prediction
 * @param duplicate whether every input value equals the query row's (an exact duplicate of it,
 *     which the model cannot tell apart from the query)
 */
public record Neighbour(
    int index,
    double distance,
    double label,
    int predictedClass,
    double prediction,
    boolean duplicate) {

  /**
   * A neighbour not known to duplicate the query row.
   *
   * @param index the row's index in the reference data
   * @param distance its distance to the query row
   * @param label its recorded target value
   * @param predictedClass the class the model predicts for it, or -1
   * @param prediction the model's probability of that class, or its numeric prediction
   */
  public Neighbour(
      int index, double distance, double label, int predictedClass, double prediction) {
    this(index, distance, label, predictedClass, prediction, false);
  }
}
