package org.glasswing.core.global;

import java.util.Objects;
import org.glasswing.core.data.Feature;

/**
 * The two-way partial dependence of a model output on a pair of features. Immutable: array
 * accessors return copies.
 *
 * @param first the first feature
 * @param second the second feature
 * @param output the name of the profiled output
 * @param firstGrid the values of the first feature
 * @param secondGrid the values of the second feature
 * @param pdp {@code pdp[a][b]}: the mean output with the first feature at {@code firstGrid[a]} and
 *     the second at {@code secondGrid[b]}
 */
public record PairProfile(
    Feature first,
    Feature second,
    String output,
    double[] firstGrid,
    double[] secondGrid,
    double[][] pdp) {

  /**
   * Copies the arrays.
   *
   * @param first the first feature
   * @param second the second feature
   * @param output the profiled output's name
   * @param firstGrid the first feature's values
   * @param secondGrid the second feature's values
   * @param pdp the mean outputs
   */
  public PairProfile {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(output, "output");
    firstGrid = firstGrid.clone();
    secondGrid = secondGrid.clone();
    pdp = Profile.deepCopy(pdp);
  }

  /**
   * The firstGrid values.
   *
   * @return a copy
   */
  @Override
  public double[] firstGrid() {
    return firstGrid.clone();
  }

  /**
   * The secondGrid values.
   *
   * @return a copy
   */
  @Override
  public double[] secondGrid() {
    return secondGrid.clone();
  }

  /**
   * The pdp values.
   *
   * @return a copy
   */
  @Override
  public double[][] pdp() {
    return Profile.deepCopy(pdp);
  }
}
