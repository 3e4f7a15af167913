/**
 * The Permutation Importance loop for KNIME: a loop start that emits the held-out rows with one
 * feature shuffled at a time (and the intact rows), and a loop end that reads the predictor's
 * probability columns and returns each feature's drop in score with its 95 % interval, computed by
 * the core's {@link org.glasswing.core.global.PermutationImportance}.
 */
package org.glasswing.knime.importance;
