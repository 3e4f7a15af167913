package org.glasswing.knime.importance;

import org.glasswing.core.global.ImportanceResult;
import org.glasswing.knime.loop.LoopEndModel;

/**
 * Permutation Importance Loop End: reads the predictor's probability columns "P (class=label)" for
 * the rows its loop start emitted, hands them back, and once every feature is done returns the
 * core's {@link ImportanceResult}, one row per feature, most important first.
 */
public final class PermutationLoopEndNodeModel extends LoopEndModel<double[][][]> {

  /** Creates the model: one input table (the predictions), one output table. */
  public PermutationLoopEndNodeModel() {
    super(PermutationLoopStartNodeModel.class, "Permutation Importance", 1, false);
  }
}
