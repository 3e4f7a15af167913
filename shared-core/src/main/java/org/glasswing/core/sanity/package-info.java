/**
 * Sanity checks and evaluations of explanations: can an explanation be trusted? Randomisation tests
 * (Adebayo et al. 2018) compare explanations of a model with those of a randomised model; deletion
 * curves (MIF, LIF, random, SRG) and infidelity measure faithfulness to the model; max-sensitivity
 * and stability measure robustness; the agreement matrix (Krishna et al. 2022) compares methods.
 * None of these sits inside an explainer: each takes an {@link
 * org.glasswing.core.explain.Explainer} or its explanations, and calls the model in batches.
 */
package org.glasswing.core.sanity;
