/**
 * What the Weka plug-ins (filter, attribute evaluator, Explorer tab, Knowledge Flow step) share:
 * the choice of a Shapley method for a trained Weka classifier and running it on Weka's terms
 * (thread interruption cancels, failures become Weka exceptions). The methods themselves live in
 * the core.
 */
package org.glasswing.weka.explain;
