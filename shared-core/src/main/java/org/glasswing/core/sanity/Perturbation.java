package org.glasswing.core.sanity;

import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;

/**
 * Small input noise for robustness checks: each numeric input moves by a uniform amount of at most
 * {@code radius} standard deviations (measured on reference rows); nominal and missing values stay.
 * Immutable.
 */
public final class Perturbation {

  private final int[] inputs;
  private final boolean[] numeric;
  private final double[] step;

  /**
   * Creates the noise.
   *
   * @param reference the rows that define each feature's standard deviation
   * @param radius the largest move, in standard deviations; at least 0
   */
  public Perturbation(Dataset reference, double radius) {
    if (!(radius >= 0) || Double.isInfinite(radius)) {
      throw new IllegalArgumentException(
          "the noise radius must be finite and at least 0, got " + radius);
    }
    Schema schema = reference.schema();
    inputs = schema.inputIndices();
    numeric = new boolean[inputs.length];
    step = new double[inputs.length];
    for (int p = 0; p < inputs.length; p++) {
      numeric[p] = !schema.feature(inputs[p]).isNominal();
      if (numeric[p]) {
        double[] column = reference.column(inputs[p]);
        double sum = 0;
        int count = 0;
        for (double v : column) {
          if (!Double.isNaN(v)) {
            sum += v;
            count++;
          }
        }
        double mean = count > 0 ? sum / count : 0;
        double squares = 0;
        for (double v : column) {
          if (!Double.isNaN(v)) {
            squares += (v - mean) * (v - mean);
          }
        }
        step[p] = count > 1 ? radius * Math.sqrt(squares / (count - 1)) : 0;
      }
    }
  }

  /**
   * A noisy copy of a row.
   *
   * @param row the row
   * @param random the random stream
   * @return a fresh row
   */
  public double[] apply(double[] row, SplittableRandom random) {
    double[] noisy = row.clone();
    for (int p = 0; p < inputs.length; p++) {
      if (numeric[p] && !Double.isNaN(noisy[inputs[p]]) && step[p] > 0) {
        noisy[inputs[p]] += random.nextDouble(-step[p], step[p]);
      }
    }
    return noisy;
  }
}
