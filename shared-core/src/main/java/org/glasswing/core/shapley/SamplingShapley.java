package org.glasswing.core.shapley;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;

/**
 * Shapley values of the {@link MarginalGame} estimated from random feature orderings (Štrumbelj and
 * Kononenko, 2014): each ordering adds the features one by one and credits each with the change it
 * makes; the estimate is the mean over orderings, and its standard error the standard deviation of
 * the credits over the square root of the number of orderings.
 *
 * <p>The budget is the number of coalitions evaluated, the empty and the full one included; each
 * ordering costs n−1 further coalitions, and each coalition costs one model row per background row.
 * Every ordering's credits sum to v(N) − v(∅), so the estimate is exactly efficient.
 */
public final class SamplingShapley extends ShapleyExplainer {

  /** The method's name. */
  public static final String METHOD = "sampling-shapley";

  private final int budget;

  /**
   * Creates the explainer.
   *
   * @param background the rows that stand in for unknown values
   * @param budget the number of coalitions to evaluate per explained row
   * @param seed the seed of the orderings; each row draws from its own stream derived from it
   */
  public SamplingShapley(Background background, int budget, long seed) {
    super(background, seed);
    this.budget = budget;
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
   * The smallest budget that buys one ordering of n features: the empty coalition, the full one and
   * the n−1 in between.
   *
   * @param players the number of input features
   * @return n + 1
   */
  public static int minimumBudget(int players) {
    return players + 1;
  }

  /**
   * The number of orderings a budget buys.
   *
   * @param players the number of input features
   * @param budget the number of coalitions
   * @return the number of orderings; 0 when a single feature needs none
   */
  static int orderings(int players, int budget) {
    return players <= 1 ? 0 : (budget - 2) / (players - 1);
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
              + " (one ordering)");
    }
  }

  @Override
  Map<String, String> settings(int players) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("budget", Integer.toString(budget));
    settings.put("orderings", Integer.toString(orderings(players, budget)));
    return settings;
  }

  @Override
  RowJob<ShapleyValues> newJob(MarginalGame game, TaskContext task) {
    return new Job(game, orderings(game.players(), budget), task.random(), task.batchRows());
  }

  /** First the empty and full coalitions, then orderings in batches. */
  private static final class Job implements RowJob<ShapleyValues> {
    private final MarginalGame game;
    private final int players;
    private final int orderings;
    private final int orderingsPerBatch;
    private final SplittableRandom random;
    private double[] empty;
    private double[] full;
    private int started;
    private int[][] pending;
    private double[][] sum;
    private double[][] sumOfSquares;

    Job(MarginalGame game, int orderings, SplittableRandom random, int batchRows) {
      this.game = game;
      this.players = game.players();
      this.orderings = orderings;
      this.random = random;
      int rowsPerOrdering = Math.max(1, (players - 1) * game.rowsPerCoalition());
      this.orderingsPerBatch = Math.max(1, batchRows / rowsPerOrdering);
    }

    @Override
    public long plannedEvaluations() {
      return (2L + (long) orderings * Math.max(0, players - 1)) * game.rowsPerCoalition();
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
      if (started >= orderings) {
        return null;
      }
      int count = Math.min(orderingsPerBatch, orderings - started);
      pending = new int[count][];
      double[][] batch = new double[count * (players - 1) * width][];
      int offset = 0;
      for (int k = 0; k < count; k++) {
        int[] order = randomOrder();
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

    @Override
    public void accept(double[][] outputs) {
      int width = game.rowsPerCoalition();
      if (empty == null) {
        empty = game.value(outputs, 0);
        full = game.value(outputs, width);
        sum = new double[empty.length][players];
        sumOfSquares = new double[empty.length][players];
        return;
      }
      int offset = 0;
      for (int[] order : pending) {
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
            double credit = after[o] - before[o];
            sum[o][player] += credit;
            sumOfSquares[o][player] += credit * credit;
          }
          before = after;
        }
      }
    }

    @Override
    public ShapleyValues result() {
      int outputs = empty.length;
      double[][] phi = new double[outputs][players];
      double[][] errors = new double[outputs][players];
      for (int o = 0; o < outputs; o++) {
        for (int p = 0; p < players; p++) {
          if (orderings == 0) {
            phi[o][p] = full[o] - empty[o];
            errors[o][p] = 0;
            continue;
          }
          double mean = sum[o][p] / orderings;
          phi[o][p] = mean;
          if (orderings > 1) {
            double variance = (sumOfSquares[o][p] - orderings * mean * mean) / (orderings - 1);
            errors[o][p] = Math.sqrt(Math.max(0, variance) / orderings);
          } else {
            errors[o][p] = Double.NaN;
          }
        }
      }
      return new ShapleyValues(empty, full, phi, errors);
    }
  }
}
