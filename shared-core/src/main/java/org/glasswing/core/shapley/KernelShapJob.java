package org.glasswing.core.shapley;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glasswing.core.engine.RowJob;

/**
 * One row of {@link KernelShap}: first the empty and full coalitions and the enumerated sizes, then
 * sampled pairs in rounds, each coalition evaluated once, in batches.
 */
final class KernelShapJob implements RowJob<ShapleyValues> {

  /** Distinct coalitions per sampling round when a tolerance is set. */
  static final int ROUND = 64;

  /** The fewest sampled pairs from which a standard error is estimated. */
  static final int MIN_PAIRS_FOR_ERRORS = 4;

  private final MarginalGame game;
  private final RowBuffer buffer = new RowBuffer();
  private final int players;
  private final long budget;
  private final double tolerance;
  private final SplittableRandom random;
  private final int coalitionsPerBatch;

  private final List<boolean[]> coalitions = new ArrayList<>();
  private final List<double[]> values = new ArrayList<>();
  private final Map<BitSet, Integer> known = new HashMap<>();
  private final List<Integer> enumerated = new ArrayList<>();
  private final List<Double> enumeratedWeights = new ArrayList<>();
  private final List<int[]> draws = new ArrayList<>();

  private boolean planned;
  private boolean samplingDone;
  private int firstSampledSize;
  private double[] sizeCumulative;
  private double[] pairWeight;
  private int pendingFrom;
  private int pendingCount;
  private int evaluated;
  private Fit lastFit;

  KernelShapJob(
      MarginalGame game, int budget, double tolerance, SplittableRandom random, int batchRows) {
    this.game = game;
    this.players = game.players();
    this.budget = players < 31 ? Math.min(budget, 1L << players) : budget;
    this.tolerance = tolerance;
    this.random = random;
    this.coalitionsPerBatch = Math.max(1, batchRows / game.rowsPerCoalition());
  }

  @Override
  public long plannedEvaluations() {
    return budget * game.rowsPerCoalition();
  }

  @Override
  public double[][] nextBatch() {
    if (!planned) {
      plan();
      planned = true;
    }
    if (evaluated == coalitions.size() && !samplingDone) {
      if (tolerance > 0 && draws.size() >= MIN_PAIRS_FOR_ERRORS && fit().maxError() < tolerance) {
        samplingDone = true;
      } else {
        sampleRound();
      }
    }
    if (evaluated == coalitions.size()) {
      return null;
    }
    pendingFrom = evaluated;
    pendingCount = Math.min(coalitionsPerBatch, coalitions.size() - evaluated);
    int width = game.rowsPerCoalition();
    double[][] batch = buffer.rows(pendingCount * width);
    for (int c = 0; c < pendingCount; c++) {
      game.writeRows(coalitions.get(pendingFrom + c), batch, c * width);
    }
    return batch;
  }

  @Override
  public void accept(double[][] outputs) {
    int width = game.rowsPerCoalition();
    for (int c = 0; c < pendingCount; c++) {
      values.set(pendingFrom + c, game.value(outputs, c * width));
    }
    evaluated = pendingFrom + pendingCount;
    lastFit = null;
  }

  @Override
  public ShapleyValues result() {
    Fit fit = fit();
    return new ShapleyValues(
        values.get(0).clone(),
        values.get(1).clone(),
        fit.attributions,
        fit.errors,
        Map.of("coalitions", Integer.toString(coalitions.size())));
  }

  /** The empty and full coalitions, then every size pair that fits, with its kernel weight. */
  private void plan() {
    add(new boolean[players]);
    boolean[] all = new boolean[players];
    java.util.Arrays.fill(all, true);
    add(all);
    long left = budget - 2;
    int size = 1;
    for (; size <= players / 2; size++) {
      double count = binomial(players, size) * (2 * size == players ? 1 : 2);
      if (count > left) {
        break;
      }
      double weight = kernel(players, size);
      int[] combination = new int[size];
      for (int i = 0; i < size; i++) {
        combination[i] = i;
      }
      do {
        boolean[] coalition = new boolean[players];
        for (int member : combination) {
          coalition[member] = true;
        }
        enumerate(coalition, weight);
        if (2 * size != players) {
          enumerate(complement(coalition), weight);
        }
      } while (nextCombination(combination, players));
      left -= (long) count;
    }
    firstSampledSize = size;
    int pairs = players / 2 - size + 1;
    if (pairs <= 0 || left < 2) {
      samplingDone = true;
      return;
    }
    sizeCumulative = new double[pairs];
    pairWeight = new double[pairs];
    double total = 0;
    for (int s = size; s <= players / 2; s++) {
      total += sizeMass(players, s) * (2 * s == players ? 1 : 2);
      sizeCumulative[s - size] = total;
    }
    for (int s = size; s <= players / 2; s++) {
      double previous = s == size ? 0 : sizeCumulative[s - size - 1];
      double probability = (sizeCumulative[s - size] - previous) / total;
      // Importance weight of each coalition of a drawn pair, times the number of draws: its
      // size's kernel mass over the chance that a draw contains a given coalition of that size.
      pairWeight[s - size] = sizeMass(players, s) / (probability * (2 * s == players ? 2 : 1));
    }
    for (int i = 0; i < pairs; i++) {
      sizeCumulative[i] /= total;
    }
  }

  /**
   * Draws pairs until the round's number of new coalitions is reached: all of the remaining budget,
   * or {@link #ROUND} with a tolerance.
   */
  private void sampleRound() {
    long left = budget - coalitions.size();
    long target = tolerance > 0 ? Math.min(ROUND, left) : left;
    target -= target % 2;
    if (target <= 0) {
      samplingDone = true;
      return;
    }
    int added = 0;
    long attempts = 0;
    long maxAttempts = 1000 + 100 * target;
    while (added < target && attempts++ < maxAttempts) {
      int size = drawSize();
      boolean[] coalition = randomCoalition(size);
      Integer existing = known.get(key(coalition));
      if (existing != null) {
        draws.add(new int[] {existing, known.get(key(complement(coalition))), size});
      } else {
        int first = add(coalition);
        int second = add(complement(coalition));
        draws.add(new int[] {first, second, size});
        added += 2;
      }
    }
    if (added < target) {
      samplingDone = true;
    }
    lastFit = null;
  }

  private int drawSize() {
    double u = random.nextDouble();
    for (int i = 0; i < sizeCumulative.length; i++) {
      if (u < sizeCumulative[i]) {
        return firstSampledSize + i;
      }
    }
    return firstSampledSize + sizeCumulative.length - 1;
  }

  private boolean[] randomCoalition(int size) {
    int[] order = new int[players];
    for (int i = 0; i < players; i++) {
      order[i] = i;
    }
    boolean[] coalition = new boolean[players];
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(players - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
      coalition[order[i]] = true;
    }
    return coalition;
  }

  private void enumerate(boolean[] coalition, double weight) {
    enumerated.add(add(coalition));
    enumeratedWeights.add(weight);
  }

  private int add(boolean[] coalition) {
    int index = coalitions.size();
    coalitions.add(coalition);
    values.add(null);
    known.put(key(coalition), index);
    return index;
  }

  private static BitSet key(boolean[] coalition) {
    BitSet bits = new BitSet(coalition.length);
    for (int p = 0; p < coalition.length; p++) {
      if (coalition[p]) {
        bits.set(p);
      }
    }
    return bits;
  }

  private static boolean[] complement(boolean[] coalition) {
    boolean[] out = new boolean[coalition.length];
    for (int p = 0; p < coalition.length; p++) {
      out[p] = !coalition[p];
    }
    return out;
  }

  private static boolean nextCombination(int[] combination, int n) {
    int k = combination.length;
    int i = k - 1;
    while (i >= 0 && combination[i] == n - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    combination[i]++;
    for (int j = i + 1; j < k; j++) {
      combination[j] = combination[j - 1] + 1;
    }
    return true;
  }

  static double binomial(int n, int k) {
    double result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return Math.rint(result) == result || result > 1e15 ? result : Math.rint(result);
  }

  /** The kernel mass of all coalitions of one size: (n−1) / (s (n−s)). */
  static double sizeMass(int n, int size) {
    return (n - 1.0) / ((double) size * (n - size));
  }

  /** The Shapley kernel weight of one coalition of the given size. */
  static double kernel(int n, int size) {
    return sizeMass(n, size) / binomial(n, size);
  }

  private Fit fit() {
    if (lastFit == null) {
      lastFit = new Fit();
    }
    return lastFit;
  }

  /**
   * The constrained weighted least-squares fit over the coalitions evaluated so far, with φ of the
   * last player eliminated through Σφ = v(N) − v(∅), and its sandwich standard errors.
   */
  private final class Fit {
    final double[][] attributions;
    final double[][] errors;

    Fit() {
      double[] empty = values.get(0);
      double[] full = values.get(1);
      int outputs = empty.length;
      attributions = new double[outputs][players];
      errors = new double[outputs][players];
      if (players == 1) {
        for (int o = 0; o < outputs; o++) {
          attributions[o][0] = full[o] - empty[o];
        }
        return;
      }
      int q = players - 1;
      double[][] gram = new double[q][q];
      double[][] moments = new double[q][outputs];
      for (int i = 0; i < enumerated.size(); i++) {
        accumulate(enumerated.get(i), enumeratedWeights.get(i), gram, moments);
      }
      int m = draws.size();
      for (int[] draw : draws) {
        accumulate(draw[0], weight(draw, m), gram, moments);
        accumulate(draw[1], weight(draw, m), gram, moments);
      }
      double[][] beta = LinearSystems.solve(gram, moments);
      for (int o = 0; o < outputs; o++) {
        double rest = full[o] - empty[o];
        for (int p = 0; p < q; p++) {
          attributions[o][p] = beta[p][o];
          rest -= beta[p][o];
        }
        attributions[o][q] = rest;
      }
      if (m > 0 && m < MIN_PAIRS_FOR_ERRORS) {
        for (double[] row : errors) {
          java.util.Arrays.fill(row, Double.NaN);
        }
      } else if (m > 0) {
        sandwich(LinearSystems.inverse(gram), beta);
      }
    }

    /** Adds one coalition's weighted row to XᵀWX and XᵀWy. */
    private void accumulate(int index, double weight, double[][] gram, double[][] moments) {
      double[] x = design(index);
      double[] y = target(index);
      for (int i = 0; i < x.length; i++) {
        if (x[i] == 0) {
          continue;
        }
        double wx = weight * x[i];
        for (int j = 0; j < x.length; j++) {
          gram[i][j] += wx * x[j];
        }
        for (int o = 0; o < y.length; o++) {
          moments[i][o] += wx * y[o];
        }
      }
    }

    /** z<sub>i</sub> − z<sub>n</sub> for the first n−1 players. */
    private double[] design(int index) {
      boolean[] z = coalitions.get(index);
      double last = z[players - 1] ? 1 : 0;
      double[] x = new double[players - 1];
      for (int p = 0; p < players - 1; p++) {
        x[p] = (z[p] ? 1 : 0) - last;
      }
      return x;
    }

    /** v(S) − v(∅) − z<sub>n</sub> (v(N) − v(∅)), per output. */
    private double[] target(int index) {
      double[] empty = values.get(0);
      double[] full = values.get(1);
      double[] value = values.get(index);
      boolean last = coalitions.get(index)[players - 1];
      double[] y = new double[value.length];
      for (int o = 0; o < y.length; o++) {
        y[o] = value[o] - empty[o] - (last ? full[o] - empty[o] : 0);
      }
      return y;
    }

    /**
     * Var(β) ≈ H⁻¹ (m Cov(d)) H⁻¹ with d the weighted score w x e of one sampled pair; the last
     * attribution's variance is 1ᵀ Var(β) 1.
     */
    private double weight(int[] draw, int m) {
      return pairWeight[draw[2] - firstSampledSize] / m;
    }

    private void sandwich(double[][] inverse, double[][] beta) {
      int q = players - 1;
      int m = draws.size();
      int outputs = beta[0].length;
      double[][][] scores = new double[m][][];
      for (int j = 0; j < m; j++) {
        // A complement's design row is the negated row, x(N∖S) = −x(S), so the pair's leverage is
        // 2 w xᵀH⁻¹x; dividing the score by 1 − leverage is the HC3 (jackknife) correction.
        double share = weight(draws.get(j), m);
        double[] first = design(draws.get(j)[0]);
        double leverage = 0;
        for (int p = 0; p < q; p++) {
          double row = 0;
          for (int r = 0; r < q; r++) {
            row += inverse[p][r] * first[r];
          }
          leverage += first[p] * row;
        }
        leverage *= 2 * share;
        double inflation = leverage < 1 ? 1 / (1 - leverage) : Double.NaN;
        double[][] d = new double[outputs][q];
        for (int index : new int[] {draws.get(j)[0], draws.get(j)[1]}) {
          double[] x = design(index);
          double[] y = target(index);
          for (int o = 0; o < outputs; o++) {
            double residual = y[o];
            for (int p = 0; p < q; p++) {
              residual -= x[p] * beta[p][o];
            }
            for (int p = 0; p < q; p++) {
              d[o][p] += share * inflation * x[p] * residual;
            }
          }
        }
        scores[j] = d;
      }
      // m / (m − 1) makes the covariance unbiased; (m − 1) / (m − 3), the variance of Student's t
      // with m − 1 degrees of freedom, allows for the noise of an error estimated from few pairs.
      double factor = m / (m - 3.0);
      for (int o = 0; o < outputs; o++) {
        double[] mean = new double[q];
        for (double[][] d : scores) {
          for (int p = 0; p < q; p++) {
            mean[p] += d[o][p] / m;
          }
        }
        double[] variance = new double[players];
        double[] centred = new double[q];
        for (double[][] d : scores) {
          for (int p = 0; p < q; p++) {
            centred[p] = d[o][p] - mean[p];
          }
          double total = 0;
          for (int p = 0; p < q; p++) {
            double influence = 0;
            double[] row = inverse[p];
            for (int r = 0; r < q; r++) {
              influence += row[r] * centred[r];
            }
            variance[p] += influence * influence;
            total += influence;
          }
          variance[q] += total * total;
        }
        for (int p = 0; p < players; p++) {
          errors[o][p] = Math.sqrt(variance[p] * factor);
        }
      }
    }

    double maxError() {
      double max = 0;
      for (double[] row : errors) {
        for (double error : row) {
          max = Math.max(max, Double.isNaN(error) ? Double.POSITIVE_INFINITY : error);
        }
      }
      return max;
    }
  }
}
