package org.glasswing.core.uncertainty;

import java.util.Arrays;
import org.glasswing.core.resample.Resampling;

/**
 * The training rows a k-NN distance is measured against: all of them up to a cap, above it a seeded
 * simple random sample of exactly cap rows ({@link Resampling#subsample}, draw 0: without
 * replacement, kept in training order). Immutable.
 */
final class ReferenceSample {

  private final double[][] rows;
  private final int[] position;

  private ReferenceSample(double[][] rows, int[] position) {
    this.rows = rows;
    this.position = position;
  }

  /**
   * Chooses the reference rows.
   *
   * @param training the training rows
   * @param cap the most rows kept, at least 1
   * @param seed the sample's seed; the same seed gives the same rows
   * @return all rows when there are at most cap of them, else a sample of cap rows
   */
  static ReferenceSample of(double[][] training, int cap, long seed) {
    int n = training.length;
    int[] position = new int[n];
    if (n <= cap) {
      for (int r = 0; r < n; r++) {
        position[r] = r;
      }
      return new ReferenceSample(training, position);
    }
    int[] chosen = Resampling.subsample(n, cap, seed, 0);
    Arrays.fill(position, -1);
    double[][] rows = new double[cap][];
    for (int i = 0; i < cap; i++) {
      rows[i] = training[chosen[i]];
      position[chosen[i]] = i;
    }
    return new ReferenceSample(rows, position);
  }

  /**
   * The reference rows.
   *
   * @return the rows themselves (not copied)
   */
  double[][] rows() {
    return rows;
  }

  /**
   * Where a training row sits among the reference rows.
   *
   * @param trainingRow the training row's index
   * @return its index among the reference rows, or -1 if it was not sampled
   */
  int positionOf(int trainingRow) {
    return position[trainingRow];
  }

  /**
   * Whether the reference is a sample rather than all training rows.
   *
   * @param trainingRows the number of training rows
   * @return true if rows were left out
   */
  boolean isSampled(int trainingRows) {
    return rows.length < trainingRows;
  }
}
