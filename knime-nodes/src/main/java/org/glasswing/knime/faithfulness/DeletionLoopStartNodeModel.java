package org.glasswing.knime.faithfulness;

import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.knime.loop.LoopStartModel;

/**
 * Deletion Curve Loop Start: on the first iteration it reads the explained rows (port 1), the
 * background (port 2) and their explanations (port 3, matched by row key) and prepares the core
 * {@link DeletionCurves} jobs; every iteration then emits the rows of a chunk of explained rows
 * with features removed (set to background values) in the explanation's order, its reverse and
 * random orders. The loop stops once every row's curves are known.
 */
public final class DeletionLoopStartNodeModel extends LoopStartModel<double[][]> {

  /** Creates the model: three input tables, one output table. */
  public DeletionLoopStartNodeModel() {
    super(3, new DeletionLoop());
  }
}
