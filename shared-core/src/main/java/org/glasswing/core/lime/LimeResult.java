package org.glasswing.core.lime;

/**
 * What LIME found for one explained row, for every model output.
 *
 * @param prediction the model's output for the row, per output
 * @param explained the row's interpretable representation
 * @param surrogates the fitted surrogate of each output
 */
record LimeResult(double[] prediction, double[] explained, LocalSurrogate[] surrogates) {}
