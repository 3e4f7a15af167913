package org.glasswing.core.uncertainty;

import org.glasswing.core.model.Model;

/**
 * A model whose predictions can be drawn at random, such as a network with dropout kept on at
 * prediction time (Monte Carlo dropout). {@link #predict} stays deterministic.
 */
public interface StochasticModel extends Model {

  /**
   * Draws stochastic predictions for each row.
   *
   * @param rows rows that follow {@link #schema()}
   * @param samples the number of draws per row, at least 1
   * @param seed the seed; row {@code r}'s draws depend only on the seed, {@code r} and the row
   * @return {@code [row][draw][output]}
   */
  double[][][] sample(double[][] rows, int samples, long seed);

  /**
   * Whether the draws can differ at all.
   *
   * @return false when the model has no source of randomness (such as a network without dropout)
   */
  boolean isStochastic();
}
