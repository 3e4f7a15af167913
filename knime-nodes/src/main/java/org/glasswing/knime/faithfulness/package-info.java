/**
 * The deletion-curve (faithfulness) loop for any KNIME predictor: the loop start removes each
 * explained row's features in the order its explanation ranks them (and in random orders), the
 * user's predictor scores the results, and the loop end draws the curves, their areas and the
 * verdict of the core's {@link org.glasswing.core.sanity.DeletionCurves}.
 */
package org.glasswing.knime.faithfulness;
