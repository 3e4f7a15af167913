/**
 * Shapley values of the interventional (marginal) game: the value of a coalition S of features is
 * the model's output averaged over background rows b, with the explained row's values on S and b's
 * values elsewhere. Every non-target column is one player; a missing value stays missing.
 *
 * <p>Estimators: {@link org.glasswing.core.shapley.ExactShapley} (all 2<sup>n</sup> coalitions),
 * {@link org.glasswing.core.shapley.KernelShap} (Shapley-kernel regression) and {@link
 * org.glasswing.core.shapley.SamplingShapley} (antithetic orderings), all of the same game, so each
 * estimate can be checked against the exact values. {@link
 * org.glasswing.core.shapley.BackgroundSummary} shrinks a large background to weighted medoids.
 *
 * <p>Reference: Lundberg, S. M. and Lee, S.-I. (2017), A unified approach to interpreting model
 * predictions, NeurIPS; Štrumbelj, E. and Kononenko, I. (2014), Explaining prediction models and
 * individual predictions with feature contributions, Knowledge and Information Systems 41.
 */
package org.glasswing.core.shapley;
