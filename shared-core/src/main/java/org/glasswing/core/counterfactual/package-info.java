/**
 * Counterfactual explanations: what would have to change in a row for the model to decide otherwise
 * ({@link org.glasswing.core.counterfactual.CounterfactualSearch}), under the user's {@link
 * org.glasswing.core.counterfactual.Constraints}.
 */
package org.glasswing.core.counterfactual;
