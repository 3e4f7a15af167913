/**
 * The Shapley explanation loop for any KNIME predictor: the loop start sends out the synthetic rows
 * of the core's Shapley methods a chunk at a time, the user's predictor answers them, and the loop
 * end folds the answers into one row of attributions per explained row.
 */
package org.glasswing.knime.shapley;
