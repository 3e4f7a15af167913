package org.glasswing.core.global;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * Partial dependence (Friedman 2001) and individual conditional expectation curves (Goldstein et
 * al. 2015): for every profiled row, the model's output as one feature (or a pair) sweeps a grid
 * while the row's other values stay; the PDP is the mean of those curves. One engine task per row.
 * Immutable.
 */
public final class PartialDependence {

  /** The number of grid points of a numeric feature when none is given. */
  public static final int DEFAULT_GRID = 20;

  private final int gridSize;

  /**
   * Creates the method.
   *
   * @param gridSize the largest number of grid points for a numeric feature, at least 2
   */
  public PartialDependence(int gridSize) {
    if (gridSize < 2) {
      throw new IllegalArgumentException("the grid needs at least 2 points, got " + gridSize);
    }
    this.gridSize = gridSize;
  }

  /**
   * The ICE curves and PDP of one feature.
   *
   * @param model the model
   * @param rows the rows to profile; also the data the numeric grid's quantiles come from
   * @param column the feature's column in the model's schema
   * @param output the index of the profiled output
   * @param engine runs the model evaluations
   * @return the curves
   * @throws IllegalArgumentException for an empty dataset, a bad output, or a feature that cannot
   *     be varied (see {@link Grids#grid})
   */
  public Profile profile(
      Model model, Dataset rows, int column, int output, EvaluationEngine engine) {
    check(model, rows, output);
    double[] grid = Grids.grid(rows, column, gridSize);
    double[][] ice =
        Evaluations.output(
            model,
            rows.numRows(),
            r -> {
              double[][] batch = new double[grid.length][];
              for (int g = 0; g < grid.length; g++) {
                batch[g] = rows.row(r);
                batch[g][column] = grid[g];
              }
              return batch;
            },
            output,
            engine);
    double[] pdp = new double[grid.length];
    for (double[] curve : ice) {
      for (int g = 0; g < grid.length; g++) {
        pdp[g] += curve[g] / ice.length;
      }
    }
    return new Profile(
        rows.schema().feature(column),
        model.outputNames().get(output),
        grid,
        ice,
        pdp,
        rows.column(column));
  }

  /**
   * The two-way partial dependence of a pair of features.
   *
   * @param model the model
   * @param rows the rows averaged over; also the data the grids come from
   * @param first the first feature's column
   * @param second the second feature's column
   * @param output the index of the profiled output
   * @param engine runs the model evaluations
   * @return the surface
   * @throws IllegalArgumentException if both columns are the same, or as for {@link #profile}
   */
  public PairProfile pair(
      Model model, Dataset rows, int first, int second, int output, EvaluationEngine engine) {
    check(model, rows, output);
    if (first == second) {
      throw new IllegalArgumentException(
          "a pair needs two different features, got '"
              + rows.schema().feature(first).name()
              + "' twice");
    }
    double[] a = Grids.grid(rows, first, gridSize);
    double[] b = Grids.grid(rows, second, gridSize);
    double[][] outputs =
        Evaluations.output(
            model,
            rows.numRows(),
            r -> {
              double[][] batch = new double[a.length * b.length][];
              for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                  double[] row = rows.row(r);
                  row[first] = a[i];
                  row[second] = b[j];
                  batch[i * b.length + j] = row;
                }
              }
              return batch;
            },
            output,
            engine);
    double[][] pdp = new double[a.length][b.length];
    for (double[] answers : outputs) {
      for (int i = 0; i < a.length; i++) {
        for (int j = 0; j < b.length; j++) {
          pdp[i][j] += answers[i * b.length + j] / outputs.length;
        }
      }
    }
    return new PairProfile(
        rows.schema().feature(first),
        rows.schema().feature(second),
        model.outputNames().get(output),
        a,
        b,
        pdp);
  }

  static void check(Model model, Dataset rows, int output) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to profile");
    }
    if (!model.schema().equals(rows.schema())) {
      throw new IllegalArgumentException(
          "the rows do not follow the model's schema: "
              + model.schema().firstMismatch(rows.schema()).orElse("they differ"));
    }
    if (output < 0 || output >= model.outputNames().size()) {
      throw new IllegalArgumentException(
          "output " + output + " does not exist; the model has " + model.outputNames().size());
    }
  }
}
