package org.glasswing.core.global;

import java.util.Objects;
import org.glasswing.core.data.Feature;

/**
 * The first-order accumulated local effect of one numeric feature on one model output. Immutable:
 * array accessors return copies.
 *
 * @param feature the feature
 * @param output the name of the output
 * @param edges the interval edges, ascending (quantiles of the feature)
 * @param ale the centred accumulated effect at each edge: it changes between two edges by the mean
 *     change of the output over the rows in that interval, and averages to zero over the rows
 * @param counts {@code counts[k]} is the number of rows in the interval from {@code edges[k]} to
 *     {@code edges[k + 1]}; one fewer entry than {@code edges}
 */
public record AleCurve(Feature feature, String output, double[] edges, double[] ale, int[] counts) {

  /**
   * Copies the arrays.
   *
   * @param feature the feature
   * @param output the output's name
   * @param edges the interval edges
   * @param ale the centred effect at each edge
   * @param counts the rows per interval
   */
  public AleCurve {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(output, "output");
    edges = edges.clone();
    ale = ale.clone();
    counts = counts.clone();
  }

  /**
   * The edges values.
   *
   * @return a copy
   */
  @Override
  public double[] edges() {
    return edges.clone();
  }

  /**
   * The ale values.
   *
   * @return a copy
   */
  @Override
  public double[] ale() {
    return ale.clone();
  }

  /**
   * The counts values.
   *
   * @return a copy
   */
  @Override
  public int[] counts() {
    return counts.clone();
  }
}
