package org.glasswing.knime.lime;

import org.glasswing.core.lime.LimeResult;
import org.glasswing.knime.loop.LoopEndModel;

/**
 * LIME Explainer Loop End: reads the predictor's probability columns for the samples its loop start
 * emitted, hands them back, and collects one row per explained row (the input row's key) with, per
 * probability column, one attribution column per feature (surrogate weight times the row's
 * interpretable value), the base value (the surrogate's intercept), the prediction and the
 * surrogate's fidelity (weighted R²).
 */
public final class LimeLoopEndNodeModel extends LoopEndModel<LimeResult> {

  /** Creates the model: one input table (the predictions), one output table. */
  public LimeLoopEndNodeModel() {
    super(LimeLoopStartNodeModel.class, "LIME Explainer", 1, true);
  }

  @Override
  protected boolean showsAttributions() {
    return true;
  }
}
