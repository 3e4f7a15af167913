package org.glasswing.core.sanity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;

/**
 * Deletion curves of explanations (pixel flipping for tables): the features of a row are removed
 * one by one, a removed feature taking the background's values (the model's output averaged over
 * the weighted background rows), and the explained output is recorded after each step. Orders: most
 * important first (MIF, by signed attribution, the largest first), least important first (LIF, the
 * most negative first), and {@code randomOrders} random orders as the baseline. The area under each
 * curve is taken over the share of features removed (0 to 1, trapezoid rule), and the symmetric
 * relevance gain SRG = AUC(LIF) − AUC(MIF) (Blücher, Vielhaben and Strodthoff 2024, "Decoupling
 * pixel flipping and occlusion strategy for consistent XAI benchmarks"). A faithful explanation
 * makes the MIF curve fall below the random baseline and the LIF curve stay above it.
 *
 * <p>Inserting features most-important-first is the LIF deletion curve read backwards, so no
 * separate insertion curve is drawn. Each row costs (2 + randomOrders) × (n − 1) × background + 1 +
 * background model rows, evaluated in batches on the engine. Immutable.
 */
public final class DeletionCurves {

  private final Background background;
  private final int randomOrders;
  private final long seed;

  /**
   * Creates the check.
   *
   * @param background the rows whose values replace removed features
   * @param randomOrders the number of random orders per row for the baseline, at least 2
   * @param seed the seed of the random orders
   */
  public DeletionCurves(Background background, int randomOrders, long seed) {
    this.background = Objects.requireNonNull(background, "background");
    if (randomOrders < 2) {
      throw new IllegalArgumentException(
          "the random baseline needs at least 2 random orders, got " + randomOrders);
    }
    this.randomOrders = randomOrders;
    this.seed = seed;
  }

  /**
   * Computes the curves of explanations.
   *
   * @param explanations one explanation per row, in row order (see {@link Attributions})
   * @param model the explained model
   * @param rows the explained rows
   * @param engine runs the model evaluations
   * @return the curves, averaged over rows
   */
  public DeletionCurveResult run(
      List<Explanation> explanations, Model model, Dataset rows, EvaluationEngine engine) {
    if (explanations.size() != rows.numRows() || rows.isEmpty()) {
      throw new IllegalArgumentException(
          "need one explanation per row, got " + explanations.size() + " for " + rows.numRows());
    }
    double[][] attributions = new double[explanations.size()][];
    int[] targets = new int[explanations.size()];
    for (int r = 0; r < targets.length; r++) {
      attributions[r] = explanations.get(r).attributions();
      targets[r] = explanations.get(r).targetIndex();
    }
    List<double[][]> curves =
        engine.run(
            model, rows.numRows(), seed, rowJobs(model.schema(), rows, attributions, targets));
    return result(explanations.get(0).method(), curves);
  }

  /**
   * The seed of the random orders.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The job of each row, for a host that evaluates the model itself (such as a KNIME loop through
   * {@link org.glasswing.core.engine.HostDrivenRun}); {@link #run} runs the same jobs through the
   * engine. Run with this check's {@link #seed()}, the curves equal {@link #run}'s for a model that
   * answers each row on its own. Task i's result holds row i's curves (MIF, LIF, then the random
   * orders), to be put together by {@link #result}.
   *
   * @param schema the schema of the rows the model reads; it needs no target
   * @param rows the explained rows
   * @param attributions each row's attribution per input feature
   * @param targets each row's explained output (the index of the model output)
   * @return the job of task i (row i)
   * @throws IllegalArgumentException if the counts disagree or there are fewer than 2 features
   */
  public Function<TaskContext, RowJob<double[][]>> rowJobs(
      Schema schema, Dataset rows, double[][] attributions, int[] targets) {
    if (attributions.length != rows.numRows()
        || targets.length != rows.numRows()
        || rows.isEmpty()) {
      throw new IllegalArgumentException(
          "need one explanation per row, got " + attributions.length + " for " + rows.numRows());
    }
    int[] inputs = schema.inputIndices();
    if (inputs.length < 2) {
      throw new IllegalArgumentException("deletion curves need at least 2 features");
    }
    for (double[] a : attributions) {
      if (a.length != inputs.length) {
        throw new IllegalArgumentException(
            "an explanation has " + a.length + " attributions for " + inputs.length + " features");
      }
    }
    double[][] backgroundRows = background.rows().rows();
    double[] weights = background.weights();
    return task -> {
      int[][] orders = orders(attributions[task.index()], task.random());
      return new Job(
          rows.row(task.index()), targets[task.index()], inputs, orders, backgroundRows, weights);
    };
  }

  /**
   * Averages the rows' curves.
   *
   * @param method the explanation method's name
   * @param curves each row's curves, as the jobs of {@link #rowJobs} return them
   * @return the curves averaged over rows, their areas and the verdict
   */
  public DeletionCurveResult result(String method, List<double[][]> curves) {
    return DeletionCurveResult.of(method, curves, randomOrders);
  }

  private int[][] orders(double[] attributions, SplittableRandom random) {
    int n = attributions.length;
    int[][] orders = new int[2 + randomOrders][];
    orders[0] =
        IntStream.range(0, n)
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer i) -> -attributions[i]).thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    orders[1] =
        IntStream.range(0, n)
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer i) -> attributions[i]).thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int o = 2; o < orders.length; o++) {
      int[] order = IntStream.range(0, n).toArray();
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      orders[o] = order;
    }
    return orders;
  }

  /**
   * One row's curves: the first batch holds the row itself and the fully removed row per background
   * row; then one batch per order with the n − 1 partial removals.
   */
  private static final class Job implements RowJob<double[][]> {
    private final double[] row;
    private final int target;
    private final int[] inputs;
    private final int[][] orders;
    private final double[][] backgroundRows;
    private final double[] weights;
    private final double[][] curves;
    private int next = -1;

    Job(
        double[] row,
        int target,
        int[] inputs,
        int[][] orders,
        double[][] backgroundRows,
        double[] weights) {
      this.row = row;
      this.target = target;
      this.inputs = inputs;
      this.orders = orders;
      this.backgroundRows = backgroundRows;
      this.weights = weights;
      this.curves = new double[orders.length][inputs.length + 1];
    }

    @Override
    public long plannedEvaluations() {
      return 1L
          + backgroundRows.length
          + (long) orders.length * (inputs.length - 1) * backgroundRows.length;
    }

    @Override
    public double[][] nextBatch() {
      if (next >= orders.length) {
        return null;
      }
      int b = backgroundRows.length;
      double[][] batch;
      if (next < 0) {
        batch = new double[1 + b][];
        batch[0] = row.clone();
        for (int i = 0; i < b; i++) {
          batch[1 + i] = hybrid(backgroundRows[i], inputs.length, null);
        }
      } else {
        int n = inputs.length;
        batch = new double[(n - 1) * b][];
        for (int k = 1; k < n; k++) {
          for (int i = 0; i < b; i++) {
            batch[(k - 1) * b + i] = hybrid(backgroundRows[i], k, orders[next]);
          }
        }
      }
      return batch;
    }

    /** The row with the first {@code removed} features of the order taken from a background row. */
    private double[] hybrid(double[] backgroundRow, int removed, int[] order) {
      double[] hybrid = row.clone();
      for (int k = 0; k < removed; k++) {
        int column = inputs[order == null ? k : order[k]];
        hybrid[column] = backgroundRow[column];
      }
      return hybrid;
    }

    @Override
    public void accept(double[][] outputs) {
      int b = backgroundRows.length;
      int n = inputs.length;
      if (next < 0) {
        double full = outputs[0][target];
        double empty = 0;
        for (int i = 0; i < b; i++) {
          empty += weights[i] * outputs[1 + i][target];
        }
        for (double[] curve : curves) {
          curve[0] = full;
          curve[n] = empty;
        }
      } else {
        for (int k = 1; k < n; k++) {
          double value = 0;
          for (int i = 0; i < b; i++) {
            value += weights[i] * outputs[(k - 1) * b + i][target];
          }
          curves[next][k] = value;
        }
      }
      next++;
    }

    @Override
    public double[][] result() {
      double[][] copy = new double[curves.length][];
      Arrays.setAll(copy, o -> curves[o].clone());
      return copy;
    }
  }
}
