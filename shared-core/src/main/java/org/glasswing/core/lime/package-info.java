/**
 * LIME, local interpretable model-agnostic explanations (Ribeiro, Singh and Guestrin, KDD 2016):
 * {@link org.glasswing.core.lime.Lime} for tabular rows and {@link
 * org.glasswing.core.lime.TextLime} for documents. Both draw perturbed samples around the explained
 * input, weight them by an exponential kernel on their distance to it, and fit a weighted linear
 * surrogate with at most K features by forward selection; each explanation carries the surrogate's
 * weighted R² (its local fidelity) and intercept.
 */
package org.glasswing.core.lime;
