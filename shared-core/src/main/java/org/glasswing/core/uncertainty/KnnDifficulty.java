package org.glasswing.core.uncertainty;

import org.glasswing.core.data.Dataset;

/**
 * A difficulty estimate for normalised conformal regression: the standard deviation of the target
 * among a row's k nearest reference rows (the model's training rows), by {@link MixedDistance}.
 * Rows in a region where the target varies get wider intervals. Immutable.
 */
public final class KnnDifficulty {

  /** The number of neighbours when none is given. */
  public static final int DEFAULT_K = 25;

  private final MixedDistance distance;
  private final double[][] reference;
  private final double[] target;
  private final int k;

  /**
   * Fits the estimate.
   *
   * @param reference rows with a numeric target (rows with a missing target are skipped)
   * @param k the number of neighbours, at least 2 and at most the number of rows
   * @throws IllegalArgumentException if the target is not numeric or k is out of range
   */
  public KnnDifficulty(Dataset reference, int k) {
    if (!reference.schema().hasTarget() || reference.schema().target().isNominal()) {
      throw new IllegalArgumentException(
          "a kNN difficulty estimate needs a numeric target; a nominal one is classification");
    }
    int t = reference.schema().targetIndex();
    int[] kept =
        java.util.stream.IntStream.range(0, reference.numRows())
            .filter(r -> !Double.isNaN(reference.value(r, t)))
            .toArray();
    if (k < 2 || k > kept.length) {
      throw new IllegalArgumentException(
          "the number of neighbours must be from 2 to the "
              + kept.length
              + " reference rows with a target, got "
              + k);
    }
    Dataset rows = reference.select(kept);
    this.distance = MixedDistance.fit(rows);
    this.reference = rows.rows();
    this.target = rows.column(t);
    this.k = k;
  }

  /**
   * The difficulty of a row.
   *
   * @param row a row of the reference schema
   * @return the standard deviation of its k nearest reference rows' targets
   */
  public double difficulty(double[] row) {
    double[] best = new double[k];
    int[] index = new int[k];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int r = 0; r < reference.length; r++) {
      double d = distance.distance(row, reference[r]);
      if (d < best[k - 1]) {
        int i = k - 1;
        while (i > 0 && best[i - 1] > d) {
          best[i] = best[i - 1];
          index[i] = index[i - 1];
          i--;
        }
        best[i] = d;
        index[i] = r;
      }
    }
    double mean = 0;
    for (int i : index) {
      mean += target[i];
    }
    mean /= k;
    double sumSq = 0;
    for (int i : index) {
      sumSq += (target[i] - mean) * (target[i] - mean);
    }
    return Math.sqrt(sumSq / (k - 1));
  }

  /**
   * The difficulties of many rows.
   *
   * @param rows the rows
   * @return one difficulty per row
   */
  public double[] difficulties(Dataset rows) {
    double[] d = new double[rows.numRows()];
    for (int r = 0; r < d.length; r++) {
      d[r] = difficulty(rows.row(r));
    }
    return d;
  }
}
