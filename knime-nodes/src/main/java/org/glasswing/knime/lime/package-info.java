/**
 * The LIME explanation loop for any KNIME predictor: the loop start sends out the perturbed samples
 * of the core's {@link org.glasswing.core.lime.Lime} a chunk of rows at a time, the user's
 * predictor answers them, and the loop end fits the local surrogates into one row of attributions
 * per explained row.
 */
package org.glasswing.knime.lime;
