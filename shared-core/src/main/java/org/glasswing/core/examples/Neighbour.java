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
 */
public record Neighbour(
    int index, double distance, double label, int predictedClass, double prediction) {}
