package org.glasswing.core.shapley;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;

/**
 * Shapley values of the {@link MarginalGame} estimated from random feature orderings (Štrumbelj and
 * Kononenko, 2014): each ordering adds the features one by one and credits each with the change it
 * makes; the estimate is the mean over orderings.
 *
 * <p>Orderings are antithetic: each random ordering is followed by its reverse, and a pair's
 * credits are averaged. The standard error is the standard deviation of these pair means over the
 * square root of the number of pairs m, with the small-sample allowance (m−1)/(m−3) on the variance
 * (that of Student's t); it is {@code NaN} below 4 pairs. A pair credits each player of a pairwise
 * interaction with exactly half of it, so games without interactions of order three or more are
 * estimated exactly.
 *
 * <p>The budget is the number of coalitions evaluated, the empty and the full one included; each
 * ordering costs n−1 further coalitions, a pair 2(n−1), and each coalition costs one model row per
 * background row. What is left of the budget after the last whole pair stays unused. Every
 * ordering's credits sum to v(N) − v(∅), so the estimate is exactly efficient.
 *
 * <p>With a positive {@link #tolerance()} the pairs are drawn in rounds of {@value #ROUND_PAIRS},
 * and a row stops early once every standard error of every output is below the tolerance; the
 * explanation's {@code orderings} setting records how many orderings a row used.
 */
public final class SamplingShapley extends ShapleyExplainer {

  /** The method's name. */
  public static final String METHOD = "sampling-shapley";

  /** Antithetic pairs per round when a tolerance is set. */
  public static final int ROUND_PAIRS = 16;

  private final int budget;
  private final double tolerance;

  /**
   * Creates the explainer without a stopping rule: every row spends its whole budget.
   *
   * @param background the rows that stand in for unknown values
   * @param budget the number of coalitions to evaluate per explained row
   * @param seed the seed of the orderings; each row draws from its own stream derived from it
   */
  public SamplingShapley(Background background, int budget, long seed) {
    this(background, budget, 0, seed);
  }

  /**
   * Creates the explainer.
   *
   * @param background the rows that stand in for unknown values
   * @param budget the most coalitions to evaluate per explained row
   * @param tolerance stop a row early once every standard error is below this; 0 for no early stop
   * @param seed the seed of the orderings; each row draws from its own stream derived from it
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  public SamplingShapley(Background background, int budget, double tolerance, long seed) {
    super(background, seed);
    this.budget = budget;
    this.tolerance = KernelShap.checkTolerance(tolerance);
  }

  /**
   * The standard error below which a row stops early, or 0 when rows always spend their budget.
   *
   * @return the tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * The same explainer with a stopping rule.
   *
   * @param tolerance stop a row once every standard error is below this; 0 for no early stop
   * @return a new explainer
   */
  public SamplingShapley withTolerance(double tolerance) {
    return new SamplingShapley(background(), budget, tolerance, seed());
  }

  /**
   * The number of coalitions evaluated per explained row.
   *
   * @return the budget
   */
  public int budget() {
    return budget;
  }

  /**
   * The smallest budget that buys one antithetic pair of orderings of n features: the empty
   * coalition, the full one and twice the n−1 in between.
   *
   * @param players the number of input features
   * @return 2n
   */
  public static int minimumBudget(int players) {
    return 2 * players;
  }

  /**
   * The number of orderings a budget buys: whole antithetic pairs only.
   *
   * @param players the number of input features
   * @param budget the number of coalitions
   * @return the number of orderings, even; 0 when a single feature needs none
   */
  static int orderings(int players, int budget) {
    return players <= 1 ? 0 : 2 * ((budget - 2) / (2 * (players - 1)));
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  void checkPlayers(int players) {
    if (players > 1 && budget < minimumBudget(players)) {
      throw new IllegalArgumentException(
          "a budget of "
              + budget
              + " coalitions is too small for "
              + players
              + " features: sampling Shapley needs at least "
              + minimumBudget(players)
              + " (one ordering and its reverse)");
    }
  }

  @Override
  Map<String, String> settings(int players) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("budget", Integer.toString(budget));
    settings.put("orderings", Integer.toString(orderings(players, budget)));
    if (tolerance > 0) {
      settings.put("tolerance", Double.toString(tolerance));
    }
    return settings;
  }

  @Override
  RowJob<ShapleyValues> newJob(MarginalGame game, TaskContext task) {
    return new Job(
        game, orderings(game.players(), budget) / 2, tolerance, task.random(), task.batchRows());
  }

  /** First the empty and full coalitions, then antithetic pairs of orderings in batches. */
  private static final class Job implements RowJob<ShapleyValues> {
    private final MarginalGame game;
    private final RowBuffer buffer = new RowBuffer();
    private final int players;
    private final int pairs;
    private final double tolerance;
    private final int pairsPerBatch;
    private final SplittableRandom random;
    private double[] empty;
    private double[] full;
    private int started;
    private int roundEnd;
    private int[][] pending;
    private double[][] pairSum;
    private double[][] sum;
    private double[][] sumOfSquares;

    Job(MarginalGame game, int pairs, double tolerance, SplittableRandom random, int batchRows) {
      this.game = game;
      this.players = game.players();
      this.pairs = pairs;
      this.tolerance = tolerance;
      this.random = random;
      int rowsPerPair = Math.max(1, 2 * (players - 1) * game.rowsPerCoalition());
      this.pairsPerBatch = Math.max(1, batchRows / rowsPerPair);
    }

    @Override
    public long plannedEvaluations() {
      return (2L + 2L * pairs * Math.max(0, players - 1)) * game.rowsPerCoalition();
    }

    @Override
    public double[][] nextBatch() {
      int width = game.rowsPerCoalition();
      if (empty == null) {
        double[][] batch = new double[2 * width][];
        game.writeRows(new boolean[players], batch, 0);
        boolean[] all = new boolean[players];
        java.util.Arrays.fill(all, true);
        game.writeRows(all, batch, width);
        return batch;
      }
      if (started >= roundEnd) {
        if (started >= pairs || (tolerance > 0 && started > 0 && maxError() < tolerance)) {
          return null;
        }
        roundEnd = tolerance > 0 ? Math.min(pairs, started + ROUND_PAIRS) : pairs;
      }
      int count = Math.min(pairsPerBatch, roundEnd - started);
      pending = new int[2 * count][];
      double[][] batch = buffer.rows(2 * count * (players - 1) * width);
      int offset = 0;
      for (int k = 0; k < 2 * count; k++) {
        int[] order = k % 2 == 0 ? randomOrder() : reverse(pending[k - 1]);
        pending[k] = order;
        boolean[] coalition = new boolean[players];
        for (int step = 0; step < players - 1; step++) {
          coalition[order[step]] = true;
          game.writeRows(coalition, batch, offset);
          offset += width;
        }
      }
      started += count;
      return batch;
    }

    private int[] randomOrder() {
      int[] order = new int[players];
      for (int i = 0; i < players; i++) {
        order[i] = i;
      }
      for (int i = players - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      return order;
    }

    private static int[] reverse(int[] order) {
      int[] reversed = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        reversed[i] = order[order.length - 1 - i];
      }
      return reversed;
    }

    @Override
    public void accept(double[][] outputs) {
      int width = game.rowsPerCoalition();
      if (empty == null) {
        empty = game.value(outputs, 0);
        full = game.value(outputs, width);
        pairSum = new double[empty.length][players];
        sum = new double[empty.length][players];
        sumOfSquares = new double[empty.length][players];
        return;
      }
      int offset = 0;
      for (int k = 0; k < pending.length; k++) {
        int[] order = pending[k];
        double[] before = empty;
        for (int step = 0; step < players; step++) {
          double[] after;
          if (step < players - 1) {
            after = game.value(outputs, offset);
            offset += width;
          } else {
            after = full;
          }
          int player = order[step];
          for (int o = 0; o < before.length; o++) {
            pairSum[o][player] += after[o] - before[o];
          }
          before = after;
        }
        if (k % 2 == 1) {
          for (int o = 0; o < empty.length; o++) {
            for (int p = 0; p < players; p++) {
              double mean = pairSum[o][p] / 2;
              sum[o][p] += mean;
              sumOfSquares[o][p] += mean * mean;
              pairSum[o][p] = 0;
            }
          }
        }
      }
    }

    private double maxError() {
      double max = 0;
      for (double[] row : errors()) {
        for (double error : row) {
          max = Math.max(max, Double.isNaN(error) ? Double.POSITIVE_INFINITY : error);
        }
      }
      return max;
    }

    private double[][] errors() {
      int outputs = empty.length;
      double[][] errors = new double[outputs][players];
      for (int o = 0; o < outputs; o++) {
        for (int p = 0; p < players; p++) {
          if (started == 0) {
            errors[o][p] = 0;
          } else if (started < KernelShapJob.MIN_PAIRS_FOR_ERRORS) {
            errors[o][p] = Double.NaN;
          } else {
            // The sample variance of the pair means, times (m − 1) / (m − 3), the variance of
            // Student's t, to allow for the noise of a variance estimated from few pairs.
            double mean = sum[o][p] / started;
            double variance = (sumOfSquares[o][p] - started * mean * mean) / (started - 3);
            errors[o][p] = Math.sqrt(Math.max(0, variance) / started);
          }
        }
      }
      return errors;
    }

    @Override
    public ShapleyValues result() {
      int outputs = empty.length;
      double[][] phi = new double[outputs][players];
      for (int o = 0; o < outputs; o++) {
        for (int p = 0; p < players; p++) {
          phi[o][p] = started == 0 ? full[o] - empty[o] : sum[o][p] / started;
        }
      }
      return new ShapleyValues(
          empty, full, phi, errors(), Map.of("orderings", Integer.toString(2 * started)));
    }
  }
}
