package org.glasswing.knime.shapley;

import org.glasswing.core.shapley.ShapleyValues;
import org.glasswing.knime.loop.LoopEndModel;

/**
 * Shapley Explainer Loop End: reads the predictor's probability columns for the rows its loop start
 * emitted, hands them back, and collects one row per explained row (the input row's key) with one
 * attribution column per feature and probability column, the base value and the prediction.
 */
public final class ShapleyLoopEndNodeModel extends LoopEndModel<ShapleyValues> {

  /** Creates the model: one input table (the predictions), one output table. */
  public ShapleyLoopEndNodeModel() {
    super(ShapleyLoopStartNodeModel.class, "Shapley Explainer", 1, true);
  }

  @Override
  protected boolean showsAttributions() {
    return true;
  }
}
