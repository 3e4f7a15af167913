package org.glasswing.knime.faithfulness;

import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.knime.loop.LoopEndModel;

/**
 * Deletion Curve Loop End: reads the predictor's explained probability column (named in the loop
 * start) for the rows its loop start emitted, hands it back, and once every row is done returns the
 * curves averaged over rows and their summary, the core's {@link DeletionCurveResult}.
 */
public final class DeletionLoopEndNodeModel extends LoopEndModel<double[][]> {

  /** Creates the model: one input table (the predictions), two output tables. */
  public DeletionLoopEndNodeModel() {
    super(DeletionLoopStartNodeModel.class, "Deletion Curve", 2, false);
  }
}
