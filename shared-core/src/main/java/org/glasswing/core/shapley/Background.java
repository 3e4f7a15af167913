package org.glasswing.core.shapley;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;

/**
 * The reference rows that stand in for unknown feature values, each with a weight. The weights sum
 * to one.
 */
public final class Background {

  private final Dataset rows;
  private final double[] weights;

  /**
   * Creates a weighted background.
   *
   * @param rows the background rows; at least one
   * @param weights one non-negative weight per row, not all zero; normalised to sum to one
   */
  public Background(Dataset rows, double[] weights) {
    this.rows = Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the background data has no rows");
    }
    if (weights.length != rows.numRows()) {
      throw new IllegalArgumentException(
          "the background has " + rows.numRows() + " rows but " + weights.length + " weights");
    }
    double total = 0;
    for (double weight : weights) {
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("background weights must be finite and non-negative");
      }
      total += weight;
    }
    if (total <= 0) {
      throw new IllegalArgumentException("background weights must not all be zero");
    }
    this.weights = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      this.weights[i] = weights[i] / total;
    }
  }

  /**
   * Every row with the same weight.
   *
   * @param rows the background rows
   * @return the background
   */
  public static Background uniform(Dataset rows) {
    double[] weights = new double[rows.numRows()];
    Arrays.fill(weights, 1.0);
    return new Background(rows, weights);
  }

  /**
   * A uniform random sample of rows, drawn without replacement; every row when the data has no more
   * than {@code size} rows. The rows keep their order in the data.
   *
   * @param data the rows to draw from
   * @param size the number of rows to draw, at least 1
   * @param seed the seed of the draw
   * @return the background
   */
  public static Background sample(Dataset data, int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("the background size must be at least 1, got " + size);
    }
    if (data.numRows() <= size) {
      return uniform(data);
    }
    int[] indices = new int[data.numRows()];
    Arrays.setAll(indices, i -> i);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(indices.length - i);
      int swap = indices[i];
      indices[i] = indices[j];
      indices[j] = swap;
    }
    int[] chosen = Arrays.copyOf(indices, size);
    Arrays.sort(chosen);
    return uniform(data.select(chosen));
  }

  /**
   * A summary of the data by k medoids, each weighted by the size of its cluster; see {@link
   * BackgroundSummary#kMedoids(Dataset, int, long)}.
   *
   * @param data the rows to summarise, at least 2
   * @param k the number of medoids, at least 1; a k above the number of rows is lowered to it
   * @param seed the seed of the medoid search
   * @return the medoids as a weighted background
   * @throws IllegalArgumentException if k is below 1 or the data has fewer than 2 rows
   */
  public static Background kMedoids(Dataset data, int k, long seed) {
    return BackgroundSummary.kMedoids(data, k, seed).background();
  }

  /**
   * The background rows.
   *
   * @return the rows
   */
  public Dataset rows() {
    return rows;
  }

  /**
   * The number of background rows.
   *
   * @return the row count
   */
  public int size() {
    return rows.numRows();
  }

  /**
   * The weight of each row.
   *
   * @return a fresh array summing to one
   */
  public double[] weights() {
    return weights.clone();
  }

  double weight(int row) {
    return weights[row];
  }
}
