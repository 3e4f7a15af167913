package org.glasswing.knime.lime;

import org.glasswing.core.lime.LimeResult;
import org.glasswing.knime.loop.LoopStartModel;

/**
 * LIME Explainer Loop Start: on the first iteration it reads the rows to explain (port 1) and the
 * training rows (port 2, whose statistics LIME draws its samples from) and prepares the catalogue's
 * {@code lime} row jobs; every iteration then emits one round of samples (at most one batch for
 * each of a chunk of explained rows) for the user's predictor. The loop end hands the predictions
 * back; the loop stops once every row is explained.
 */
public final class LimeLoopStartNodeModel extends LoopStartModel<LimeResult> {

  /** Creates the model: two input tables, one output table. */
  public LimeLoopStartNodeModel() {
    super(2, new LimeLoop());
  }
}
