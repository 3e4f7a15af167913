package org.glasswing.core.examples;

import java.util.List;

/**
 * The nearest reference rows of one query row, nearest first.
 *
 * @param predictedClass the class the model predicts for the query row, or -1 for a regression
 *     model
 * @param prediction the model's probability of that class, or its numeric prediction
 * @param neighbours the nearest rows, by distance and then by index
 * @param labelAgreement the share of neighbours whose recorded label is the query's predicted
 *     class, among those with a label; {@code NaN} for regression or when none has a label
 * @param predictionAgreement the share of neighbours the model predicts as the query's predicted
 *     class; {@code NaN} for regression
 */
public record Neighbourhood(
    int predictedClass,
    double prediction,
    List<Neighbour> neighbours,
    double labelAgreement,
    double predictionAgreement) {

  /**
   * Copies the list.
   *
   * @param predictedClass the query's predicted class, or -1
   * @param prediction the query's prediction
   * @param neighbours the nearest rows
   * @param labelAgreement the share agreeing by label
   * @param predictionAgreement the share agreeing by prediction
   */
  public Neighbourhood {
    neighbours = List.copyOf(neighbours);
  }
}
