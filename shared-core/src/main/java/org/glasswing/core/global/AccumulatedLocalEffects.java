package org.glasswing.core.global;

import java.util.Arrays;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * First-order accumulated local effects (Apley and Zhu 2020) of a numeric feature. The feature's
 * range is cut at quantiles into intervals; each row is moved to the two edges of its own interval,
 * and the mean difference of the model's output is accumulated from interval to interval, then
 * centred so that the effect averages to zero over the rows. Unlike a partial dependence profile it
 * never evaluates the model far from the data, so it stays honest when features are correlated.
 * Rows whose feature value is missing are left out. Immutable.
 */
public final class AccumulatedLocalEffects {

  /** The number of intervals when none is given. */
  public static final int DEFAULT_INTERVALS = 20;

  private final int intervals;

  /**
   * Creates the method.
   *
   * @param intervals the largest number of intervals, at least 1
   */
  public AccumulatedLocalEffects(int intervals) {
    if (intervals < 1) {
      throw new IllegalArgumentException("ALE needs at least 1 interval, got " + intervals);
    }
    this.intervals = intervals;
  }

  /**
   * The ALE curve of one feature.
   *
   * @param model the model
   * @param rows the rows; also the data the interval edges come from
   * @param column the numeric feature's column
   * @param output the index of the output
   * @param engine runs the model evaluations
   * @return the curve
   * @throws IllegalArgumentException if the feature is nominal or constant, or as for {@link
   *     PartialDependence#profile}
   */
  public AleCurve curve(
      Model model, Dataset rows, int column, int output, EvaluationEngine engine) {
    PartialDependence.check(model, rows, output);
    double[] edges = Grids.edges(rows, column, intervals);
    int k = edges.length - 1;
    int[] counts = new int[k];
    int[] bin = new int[rows.numRows()];
    int known = 0;
    for (int r = 0; r < rows.numRows(); r++) {
      double x = rows.value(r, column);
      if (Double.isNaN(x)) {
        bin[r] = -1;
        continue;
      }
      int at = Arrays.binarySearch(edges, x);
      int interval = at >= 0 ? Math.max(0, at - 1) : -at - 2;
      bin[r] = Math.min(k - 1, Math.max(0, interval));
      counts[bin[r]]++;
      known++;
    }
    double[][] moved = new double[2 * known][];
    int next = 0;
    for (int r = 0; r < rows.numRows(); r++) {
      if (bin[r] >= 0) {
        moved[next] = rows.row(r);
        moved[next][column] = edges[bin[r]];
        moved[next + 1] = rows.row(r);
        moved[next + 1][column] = edges[bin[r] + 1];
        next += 2;
      }
    }
    double[][] outputs = Evaluations.predict(model, moved, engine);
    double[] local = new double[k];
    next = 0;
    for (int r = 0; r < rows.numRows(); r++) {
      if (bin[r] >= 0) {
        local[bin[r]] += (outputs[next + 1][output] - outputs[next][output]) / counts[bin[r]];
        next += 2;
      }
    }
    double[] ale = new double[k + 1];
    for (int i = 1; i <= k; i++) {
      ale[i] = ale[i - 1] + local[i - 1];
    }
    double centre = 0;
    for (int i = 0; i < k; i++) {
      centre += counts[i] * (ale[i] + ale[i + 1]) / 2 / known;
    }
    for (int i = 0; i <= k; i++) {
      ale[i] -= centre;
    }
    return new AleCurve(
        rows.schema().feature(column), model.outputNames().get(output), edges, ale, counts);
  }
}
