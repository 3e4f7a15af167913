package org.glasswing.core.global;

import java.util.Objects;
import org.glasswing.core.data.Feature;

/**
 * The partial dependence (PDP) and individual conditional expectation (ICE) curves of one feature
 * for one model output. Immutable: array accessors return copies.
 *
 * @param feature the varied feature
 * @param output the name of the profiled output (a class label, or the numeric target's name)
 * @param grid the feature values the curves are evaluated at (label indices for a nominal feature)
 * @param ice one curve per profiled row: the row's output with the feature set to each grid value
 * @param pdp the partial dependence: the mean of the ICE curves at each grid value
 * @param observed each profiled row's own value of the feature ({@code NaN} when missing), for a
 *     rug of the data
 */
public record Profile(
    Feature feature,
    String output,
    double[] grid,
    double[][] ice,
    double[] pdp,
    double[] observed) {

  /**
   * Copies the arrays.
   *
   * @param feature the varied feature
   * @param output the profiled output's name
   * @param grid the grid values
   * @param ice one curve per row
   * @param pdp the mean curve
   * @param observed each row's own value
   */
  public Profile {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(output, "output");
    grid = grid.clone();
    ice = deepCopy(ice);
    pdp = pdp.clone();
    observed = observed.clone();
  }

  /**
   * The grid values.
   *
   * @return a copy
   */
  @Override
  public double[] grid() {
    return grid.clone();
  }

  /**
   * The ice values.
   *
   * @return a copy
   */
  @Override
  public double[][] ice() {
    return deepCopy(ice);
  }

  /**
   * The pdp values.
   *
   * @return a copy
   */
  @Override
  public double[] pdp() {
    return pdp.clone();
  }

  /**
   * The observed values.
   *
   * @return a copy
   */
  @Override
  public double[] observed() {
    return observed.clone();
  }

  /**
   * How far the partial dependence moves over the grid: its largest value minus its smallest.
   *
   * @return the range of the PDP
   */
  public double pdpRange() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : pdp) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min;
  }

  static double[][] deepCopy(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }
}
