/**
 * Global views of a model: which features matter over a whole dataset and how the prediction
 * depends on them. Permutation importance and LOCO ({@link
 * org.glasswing.core.global.PermutationImportance}, {@link
 * org.glasswing.core.global.LeaveOneCovariateOut}) with their {@link
 * org.glasswing.core.global.Metric metrics}; partial dependence and ICE curves ({@link
 * org.glasswing.core.global.PartialDependence}); accumulated local effects ({@link
 * org.glasswing.core.global.AccumulatedLocalEffects}); Friedman's H-statistic ({@link
 * org.glasswing.core.global.InteractionStrength}); and the fidelity of a global surrogate ({@link
 * org.glasswing.core.global.Fidelity}).
 *
 * <p>Every method evaluates the model through the {@link
 * org.glasswing.core.engine.EvaluationEngine}, in batches, with progress and cancellation; random
 * draws come from per-task streams, so results depend on the seed and never on the thread count.
 */
package org.glasswing.core.global;
