package org.glasswing.knime.shapley;

import org.glasswing.core.shapley.ShapleyValues;
import org.glasswing.knime.loop.LoopStartModel;

/**
 * Shapley Explainer Loop Start: on the first iteration it reads the rows to explain (port 1) and
 * the background table (port 2), draws the background from it as the settings say and prepares the
 * chosen catalogue method's jobs; every iteration then emits one round of synthetic rows (at most
 * one batch for each of a chunk of explained rows) for the user's predictor. The loop end hands the
 * predictions back; the loop stops once every row is explained.
 */
public final class ShapleyLoopStartNodeModel extends LoopStartModel<ShapleyValues> {

  /** Creates the model: two input tables, one output table. */
  public ShapleyLoopStartNodeModel() {
    super(2, new ShapleyLoop());
  }
}
