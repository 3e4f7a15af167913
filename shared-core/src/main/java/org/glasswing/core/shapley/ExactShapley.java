package org.glasswing.core.shapley;

import java.util.Map;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;

/**
 * Exact Shapley values of the {@link MarginalGame}, by evaluating all 2<sup>n</sup> coalitions of
 * the n input features: φ<sub>i</sub> = Σ<sub>S ⊆ N∖{i}</sub> |S|! (n−|S|−1)! / n! · (v(S ∪ {i}) −
 * v(S)). The cost is 2<sup>n</sup> × (background size) model rows per explained row, so the method
 * refuses more than {@value #MAX_FEATURES} features.
 */
public final class ExactShapley extends ShapleyExplainer {

  /** The most input features the method accepts. */
  public static final int MAX_FEATURES = 20;

  /** The method's name. */
  public static final String METHOD = "exact-shapley";

  /**
   * Creates the explainer.
   *
   * @param background the rows that stand in for unknown values
   */
  public ExactShapley(Background background) {
    super(background, 0L);
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  void checkPlayers(int players) {
    if (players > MAX_FEATURES) {
      throw new IllegalArgumentException(
          "exact Shapley evaluates 2^n coalitions and allows at most "
              + MAX_FEATURES
              + " features, but the data has "
              + players
              + "; use the estimator sampling-shapley (with --budget) instead");
    }
  }

  @Override
  Map<String, String> settings(int players) {
    return Map.of("coalitions", Long.toString(1L << players));
  }

  @Override
  RowJob<ShapleyValues> newJob(MarginalGame game, TaskContext task) {
    return new Job(game, task.batchRows());
  }

  /**
   * The Shapley weight |S|! (n−|S|−1)! / n! of every coalition size |S| from 0 to n−1.
   *
   * @param players n, at least 1
   * @return the weights, indexed by coalition size
   */
  static double[] weights(int players) {
    double[] weights = new double[players];
    // w(s) = 1 / (n * C(n-1, s)), with the binomial built up multiplicatively.
    double binomial = 1;
    for (int s = 0; s < players; s++) {
      weights[s] = 1.0 / (players * binomial);
      binomial = binomial * (players - 1 - s) / (s + 1);
    }
    return weights;
  }

  /** Evaluates the coalitions in batches, in mask order, then combines them. */
  private static final class Job implements RowJob<ShapleyValues> {
    private final MarginalGame game;
    private final RowBuffer buffer = new RowBuffer();
    private final int players;
    private final int coalitionsPerBatch;
    private final long coalitions;
    private final double[][] values;
    private long next;
    private long pendingFrom;
    private int pendingCount;

    Job(MarginalGame game, int batchRows) {
      this.game = game;
      this.players = game.players();
      this.coalitions = 1L << players;
      this.coalitionsPerBatch = Math.max(1, batchRows / game.rowsPerCoalition());
      this.values = new double[(int) coalitions][];
    }

    @Override
    public long plannedEvaluations() {
      return coalitions * game.rowsPerCoalition();
    }

    @Override
    public double[][] nextBatch() {
      if (next >= coalitions) {
        return null;
      }
      pendingFrom = next;
      pendingCount = (int) Math.min(coalitionsPerBatch, coalitions - next);
      int width = game.rowsPerCoalition();
      double[][] batch = buffer.rows(pendingCount * width);
      boolean[] coalition = new boolean[players];
      for (int c = 0; c < pendingCount; c++) {
        long mask = pendingFrom + c;
        for (int p = 0; p < players; p++) {
          coalition[p] = (mask & (1L << p)) != 0;
        }
        game.writeRows(coalition, batch, c * width);
      }
      next += pendingCount;
      return batch;
    }

    @Override
    public void accept(double[][] outputs) {
      int width = game.rowsPerCoalition();
      for (int c = 0; c < pendingCount; c++) {
        values[(int) (pendingFrom + c)] = game.value(outputs, c * width);
      }
    }

    @Override
    public ShapleyValues result() {
      int full = (int) coalitions - 1;
      int outputs = values[0].length;
      double[] weights = weights(players);
      double[][] phi = new double[outputs][players];
      for (int mask = 0; mask < coalitions; mask++) {
        double weight = players == 0 ? 0 : weights[Math.min(Integer.bitCount(mask), players - 1)];
        double[] without = values[mask];
        for (int p = 0; p < players; p++) {
          int bit = 1 << p;
          if ((mask & bit) == 0) {
            double[] with = values[mask | bit];
            for (int o = 0; o < outputs; o++) {
              phi[o][p] += weight * (with[o] - without[o]);
            }
          }
        }
      }
      return new ShapleyValues(values[0].clone(), values[full].clone(), phi, null);
    }
  }
}
