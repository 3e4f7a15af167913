package org.glasswing.knime.importance;

import org.glasswing.core.global.PermutationImportance;
import org.glasswing.knime.loop.LoopStartModel;

/**
 * Permutation Importance Loop Start: on the first iteration it reads the held-out table (features
 * and the class column named in the settings) and prepares the core {@link PermutationImportance}
 * jobs; every iteration then emits the held-out rows with one feature shuffled (for a chunk of
 * features, {@code repeats} shuffles each) or the intact rows, without the class column, for the
 * predictor to score. The loop stops once every feature's shuffles are scored.
 */
public final class PermutationLoopStartNodeModel extends LoopStartModel<double[][][]> {

  /** Creates the model: one input table, one output table. */
  public PermutationLoopStartNodeModel() {
    super(1, new PermutationLoop());
  }
}
