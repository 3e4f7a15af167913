package org.glasswing.core.glassbox;

import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * Trains a mixture of sparse linear experts with a softmax gate (Jacobs, Jordan, Nowlan and Hinton
 * 1991; Jordan and Jacobs 1994) by generalised EM: the rows are first shared among the experts by
 * seeded k-means++ on the standardised inputs; each M-step then runs L1 proximal-gradient steps on
 * each expert (weighted by its responsibilities) and on the gate (fitting the responsibilities),
 * and each E-step recomputes the responsibilities. The penalty is scaled so that every M-step
 * lowers one fixed objective, {@code -(1/n) sum_i log sum_k g_k(x_i) p_k(y_i | x_i) + lambda * (sum
 * of the absolute non-intercept parameters)}; the model keeps its trace. Deterministic for a seed.
 */
public final class ExpertMixture {

  /** Proximal-gradient steps per expert and for the gate in each M-step. */
  static final int INNER_STEPS = 20;

  /**
   * How to train.
   *
   * @param experts the number of experts, at least 1
   * @param penalty the L1 penalty on the standardised scale, 0 or more
   * @param iterations the most EM iterations, at least 1
   * @param seed the seed of the k-means++ start
   */
  public record Settings(int experts, double penalty, int iterations, long seed) {

    /**
     * Checks the settings.
     *
     * @param experts experts
     * @param penalty penalty
     * @param iterations iterations
     * @param seed seed
     */
    public Settings {
      if (experts < 1) {
        throw new IllegalArgumentException("a mixture needs at least 1 expert");
      }
      if (!(penalty >= 0) || Double.isInfinite(penalty)) {
        throw new IllegalArgumentException("the penalty must be 0 or more");
      }
      if (iterations < 1) {
        throw new IllegalArgumentException("at least 1 EM iteration is needed");
      }
    }

    /**
     * The defaults: 2 experts, penalty 0.01, at most 100 iterations.
     *
     * @param seed the seed
     * @return the settings
     */
    public static Settings defaults(long seed) {
      return new Settings(2, 0.01, 100, seed);
    }
  }

  private ExpertMixture() {}

  /**
   * Trains a model.
   *
   * @param data the training rows, with a nominal target and no missing target value
   * @param settings how to train
   * @param progress told after each EM iteration
   * @param cancel checked at each EM iteration
   * @return the model
   */
  public static ExpertMixtureModel train(
      Dataset data, Settings settings, ProgressListener progress, CancellationToken cancel) {
    Schema schema = data.schema();
    if (!schema.hasTarget() || !schema.target().isNominal()) {
      throw new IllegalArgumentException("a mixture of experts here needs a nominal class");
    }
    int n = data.numRows();
    int classes = schema.target().labels().size();
    int k = settings.experts();
    if (n < 2 * k) {
      throw new IllegalArgumentException(
          n + " rows are too few for " + k + " experts; use fewer experts");
    }
    StandardDesign design = StandardDesign.fit(data);
    int p = design.size();
    double[][] x = new double[n][];
    double[][] targets = new double[n][classes];
    for (int r = 0; r < n; r++) {
      x[r] = design.encode(data.row(r));
      double y = data.value(r, schema.targetIndex());
      if (Double.isNaN(y)) {
        throw new IllegalArgumentException("row " + (r + 1) + " has no class value");
      }
      targets[r][(int) y] = 1;
    }
    double[][] resp = kMeans(x, k, new SplittableRandom(settings.seed()));
    double[][] gate = new double[k][p + 1];
    double[][][] experts = new double[k][classes][p + 1];
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    double lambda = settings.penalty();
    double[] trace = new double[settings.iterations()];
    int done = 0;
    double[] weights = new double[n];
    for (int it = 0; it < settings.iterations(); it++) {
      cancel.throwIfCancelled();
      for (int e = 0; e < k; e++) {
        double share = 0;
        for (int r = 0; r < n; r++) {
          weights[r] = resp[r][e];
          share += weights[r];
        }
        if (share > 0) {
          // Penalty lambda * n / share in the expert's own weighted mean is lambda in the overall
          // objective, whose scale is 1/n.
          SoftmaxFit.fit(x, weights, targets, experts[e], lambda * n / share, INNER_STEPS);
        }
      }
      if (k > 1) {
        SoftmaxFit.fit(x, ones, resp, gate, lambda, INNER_STEPS);
      }
      trace[it] = eStep(x, targets, gate, experts, resp) - lambda * l1(gate, experts);
      done = it + 1;
      progress.progress(done / (double) settings.iterations(), "EM iteration " + done);
      if (it > 0 && trace[it] - trace[it - 1] < 1e-10 * Math.max(1, Math.abs(trace[it]))) {
        break;
      }
    }
    progress.progress(1.0, "trained");
    return new ExpertMixtureModel(design, gate, experts, java.util.Arrays.copyOf(trace, done));
  }

  /** Recomputes the responsibilities; returns the mean log-likelihood. */
  private static double eStep(
      double[][] x, double[][] targets, double[][] gate, double[][][] experts, double[][] resp) {
    int k = experts.length;
    double[] g = new double[k];
    double[] p = new double[targets[0].length];
    double sum = 0;
    for (int r = 0; r < x.length; r++) {
      SoftmaxFit.probabilities(gate, x[r], g);
      double total = 0;
      for (int e = 0; e < k; e++) {
        SoftmaxFit.probabilities(experts[e], x[r], p);
        double likelihood = 0;
        for (int c = 0; c < p.length; c++) {
          likelihood += targets[r][c] * p[c];
        }
        resp[r][e] = g[e] * likelihood;
        total += resp[r][e];
      }
      for (int e = 0; e < k; e++) {
        resp[r][e] = total > 0 ? resp[r][e] / total : 1.0 / k;
      }
      sum += Math.log(Math.max(total, Double.MIN_VALUE));
    }
    return sum / x.length;
  }

  private static double l1(double[][] gate, double[][][] experts) {
    double sum = 0;
    for (double[] row : gate) {
      for (int j = 0; j < row.length - 1; j++) {
        sum += Math.abs(row[j]);
      }
    }
    for (double[][] expert : experts) {
      for (double[] row : expert) {
        for (int j = 0; j < row.length - 1; j++) {
          sum += Math.abs(row[j]);
        }
      }
    }
    return sum;
  }

  /** Seeded k-means++ with Lloyd steps; returns one-hot responsibilities. */
  static double[][] kMeans(double[][] x, int k, SplittableRandom random) {
    int n = x.length;
    int p = x[0].length;
    double[][] centres = new double[k][];
    centres[0] = x[random.nextInt(n)].clone();
    double[] nearest = new double[n];
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int r = 0; r < n; r++) {
        nearest[r] = Double.POSITIVE_INFINITY;
        for (int d = 0; d < c; d++) {
          nearest[r] = Math.min(nearest[r], distance(x[r], centres[d]));
        }
        total += nearest[r];
      }
      double pick = random.nextDouble() * total;
      int chosen = n - 1;
      for (int r = 0; r < n; r++) {
        pick -= nearest[r];
        if (pick <= 0) {
          chosen = r;
          break;
        }
      }
      centres[c] = x[chosen].clone();
    }
    int[] assigned = new int[n];
    for (int step = 0; step < 20; step++) {
      for (int r = 0; r < n; r++) {
        int best = 0;
        for (int c = 1; c < k; c++) {
          if (distance(x[r], centres[c]) < distance(x[r], centres[best])) {
            best = c;
          }
        }
        assigned[r] = best;
      }
      double[][] sums = new double[k][p];
      int[] counts = new int[k];
      for (int r = 0; r < n; r++) {
        counts[assigned[r]]++;
        for (int j = 0; j < p; j++) {
          sums[assigned[r]][j] += x[r][j];
        }
      }
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          for (int j = 0; j < p; j++) {
            centres[c][j] = sums[c][j] / counts[c];
          }
        }
      }
    }
    double[][] resp = new double[n][k];
    for (int r = 0; r < n; r++) {
      resp[r][assigned[r]] = 1;
    }
    return resp;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < a.length; j++) {
      double d = a[j] - b[j];
      sum += d * d;
    }
    return sum;
  }
}
