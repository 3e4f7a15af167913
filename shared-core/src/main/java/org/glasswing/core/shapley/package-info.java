/**
 * Shapley values of the interventional (marginal) game: the value of a coalition S of features is
 * the model's output averaged over background rows b, with the explained row's values on S and b's
 * values elsewhere. Every non-target column is one player; a missing value stays missing.
 *
 * <p>Reference: Lundberg, S. M. and Lee, S.-I. (2017), A unified approach to interpreting model
 * predictions, NeurIPS; Štrumbelj, E. and Kononenko, I. (2014), Explaining prediction models and
 * individual predictions with feature contributions, Knowledge and Information Systems 41.
 */
package org.glasswing.core.shapley;
