package org.glasswing.core.global;

import java.util.Arrays;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;

/** The grids of feature values that profiles are evaluated on. */
public final class Grids {

  private Grids() {}

  /**
   * The values of a feature to evaluate a profile at: for a numeric feature, up to {@code size}
   * distinct quantiles of its known values, from the minimum to the maximum (equally spaced
   * probabilities, linear interpolation between order statistics); for a nominal feature, every
   * category.
   *
   * @param data the rows
   * @param column the feature's column
   * @param size the largest number of grid points for a numeric feature, at least 2
   * @return the grid values, ascending, at least two
   * @throws IllegalArgumentException if the column is the target, has no known values, a single
   *     distinct value, or (nominal) a single category
   */
  public static double[] grid(Dataset data, int column, int size) {
    Feature feature = checkInput(data, column);
    if (feature.isNominal()) {
      if (feature.labels().size() < 2) {
        throw new IllegalArgumentException(
            "nominal feature '"
                + feature.name()
                + "' has only one category ("
                + String.join(", ", feature.labels())
                + "), so there is nothing to vary");
      }
      double[] grid = new double[feature.labels().size()];
      for (int i = 0; i < grid.length; i++) {
        grid[i] = i;
      }
      return grid;
    }
    if (size < 2) {
      throw new IllegalArgumentException("the grid needs at least 2 points, got " + size);
    }
    double[] sorted = knownSorted(data, column);
    double[] grid = new double[size];
    for (int k = 0; k < size; k++) {
      grid[k] = quantile(sorted, (double) k / (size - 1));
    }
    return distinct(grid, feature);
  }

  /**
   * The bin edges of accumulated local effects for a numeric feature: up to {@code intervals + 1}
   * distinct quantiles of its known values, the minimum and maximum included.
   *
   * @param data the rows
   * @param column the feature's column
   * @param intervals the largest number of intervals, at least 1
   * @return the edges, ascending, at least two
   * @throws IllegalArgumentException if the feature is nominal, the target, or constant
   */
  public static double[] edges(Dataset data, int column, int intervals) {
    Feature feature = checkInput(data, column);
    if (feature.isNominal()) {
      throw new IllegalArgumentException(
          "accumulated local effects need a numeric feature, but '"
              + feature.name()
              + "' is nominal; use a partial dependence profile for it");
    }
    if (intervals < 1) {
      throw new IllegalArgumentException("ALE needs at least 1 interval, got " + intervals);
    }
    return grid(data, column, intervals + 1);
  }

  private static Feature checkInput(Dataset data, int column) {
    if (column < 0 || column >= data.schema().size()) {
      throw new IllegalArgumentException("no column " + column);
    }
    if (column == data.schema().targetIndex()) {
      throw new IllegalArgumentException(
          "'" + data.schema().feature(column).name() + "' is the target, not an input feature");
    }
    return data.schema().feature(column);
  }

  private static double[] knownSorted(Dataset data, int column) {
    double[] known = Arrays.stream(data.column(column)).filter(v -> !Double.isNaN(v)).toArray();
    if (known.length == 0) {
      throw new IllegalArgumentException(
          "feature '" + data.schema().feature(column).name() + "' has no known values");
    }
    Arrays.sort(known);
    return known;
  }

  /** The quantile with linear interpolation between order statistics (Hyndman and Fan type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double[] distinct(double[] grid, Feature feature) {
    double[] unique = Arrays.stream(grid).distinct().sorted().toArray();
    if (unique.length < 2) {
      throw new IllegalArgumentException(
          "cannot make a grid on feature '"
              + feature.name()
              + "': all its known values are "
              + feature.format(unique[0])
              + ", so there is nothing to vary");
    }
    return unique;
  }
}
