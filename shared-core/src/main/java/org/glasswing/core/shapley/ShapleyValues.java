package org.glasswing.core.shapley;

/**
 * What a Shapley estimator found for one row, for every model output at once.
 *
 * @param baseValue the value of the empty coalition, per output
 * @param prediction the value of the full coalition (the model's output for the row), per output
 * @param attributions the attribution of each player, indexed [output][player]
 * @param standardErrors the standard errors in the same layout, or {@code null} for exact values
 */
record ShapleyValues(
    double[] baseValue, double[] prediction, double[][] attributions, double[][] standardErrors) {}
