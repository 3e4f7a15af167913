package org.glasswing.core.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * Prototypes and criticisms of a dataset by MMD-critic (Kim, Khanna and Koyejo, "Examples are not
 * enough, learn to criticize!", NeurIPS 2016). Prototypes are rows chosen greedily so that their
 * distribution is close to the data's in maximum mean discrepancy (MMD); criticisms are the rows
 * the prototypes explain worst: where the witness function (data density minus prototype density
 * under the kernel) is largest in size, with a log-determinant term that keeps them apart.
 *
 * <p>The kernel is {@code k(x, y) = exp(-d(x, y) / width)} with {@code d} a mixed-type {@link
 * RowDistance}: a product of one Laplace kernel per numeric column and one overlap kernel per
 * nominal column, hence positive definite. The default width is the median distance between pairs
 * of rows (all pairs up to {@value #WIDTH_PAIRS}, else that many drawn with the seed).
 *
 * <p>Memory grows with the number of rows, not its square: the kernel is recomputed rather than
 * stored, at a cost of about n² distance evaluations per group.
 */
public final class MmdCritic {

  /** The most row pairs whose distances set the default kernel width. */
  public static final int WIDTH_PAIRS = 20_000;

  private final RowDistance distance;
  private final int prototypes;
  private final int criticisms;
  private final double width;
  private final long seed;

  /**
   * Configures the selection.
   *
   * @param distance the distance inside the kernel
   * @param prototypes prototypes per group, at least 1
   * @param criticisms criticisms per group, at least 0
   * @param width the kernel width, positive, or {@code NaN} for the median pairwise distance
   * @param seed the seed of the pairs drawn for the default width
   * @throws IllegalArgumentException for a count or width out of range
   */
  public MmdCritic(RowDistance distance, int prototypes, int criticisms, double width, long seed) {
    this.distance = distance;
    if (prototypes < 1) {
      throw new IllegalArgumentException(
          "the number of prototypes must be at least 1, got " + prototypes);
    }
    if (criticisms < 0) {
      throw new IllegalArgumentException(
          "the number of criticisms cannot be negative, got " + criticisms);
    }
    if (!Double.isNaN(width) && !(width > 0 && Double.isFinite(width))) {
      throw new IllegalArgumentException("the kernel width must be positive, got " + width);
    }
    this.prototypes = prototypes;
    this.criticisms = criticisms;
    this.width = width;
    this.seed = seed;
  }

  /**
   * Chooses prototypes and criticisms among all rows together.
   *
   * @param data the rows
   * @param progress receives progress
   * @param cancel polled between steps
   * @return one set, with group -1
   * @throws IllegalArgumentException if the data has fewer rows than prototypes plus criticisms
   */
  public PrototypeSet global(Dataset data, ProgressListener progress, CancellationToken cancel) {
    int[] all = new int[data.numRows()];
    Arrays.setAll(all, i -> i);
    return select(data, all, -1, progress, cancel);
  }

  /**
   * Chooses prototypes and criticisms within each class (rows with a missing label are left out); a
   * class with too few rows gets as many as it has.
   *
   * @param data the rows, with a nominal target
   * @param progress receives progress
   * @param cancel polled between steps
   * @return one set per class that has rows, in label order
   * @throws IllegalArgumentException if the data has no nominal target
   */
  public List<PrototypeSet> perClass(
      Dataset data, ProgressListener progress, CancellationToken cancel) {
    if (!data.schema().isClassification()) {
      throw new IllegalArgumentException(
          "prototypes per class need a nominal class attribute; choose them globally instead");
    }
    int target = data.schema().targetIndex();
    int classes = data.schema().target().labels().size();
    List<PrototypeSet> sets = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      int label = c;
      int[] members =
          java.util.stream.IntStream.range(0, data.numRows())
              .filter(r -> data.value(r, target) == label)
              .toArray();
      if (members.length > 0) {
        int done = c;
        ProgressListener part =
            (f, m) -> progress.progress((done + f) / classes, "class " + (done + 1) + ": " + m);
        sets.add(select(data, members, c, part, cancel));
      }
    }
    return sets;
  }

  private PrototypeSet select(
      Dataset data, int[] members, int group, ProgressListener progress, CancellationToken cancel) {
    int n = members.length;
    if (n == 0) {
      throw new IllegalArgumentException("MMD-critic needs at least one row");
    }
    if (group < 0 && n < prototypes + criticisms) {
      throw new IllegalArgumentException(
          "asked for "
              + prototypes
              + " prototypes and "
              + criticisms
              + " criticisms but the data has only "
              + n
              + " rows");
    }
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = data.row(members[i]);
    }
    double w = Double.isNaN(width) ? medianDistance(rows) : width;
    Kernel kernel = new Kernel(rows, w);
    // Column sums of the kernel matrix: sum_i k(x_i, x_c).
    double[] colSum = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      cancel.throwIfCancelled();
      colSum[i] += 1;
      for (int j = i + 1; j < n; j++) {
        double k = kernel.at(i, j);
        colSum[i] += k;
        colSum[j] += k;
      }
      progress.progress(0.8 * (i + 1) / n, "kernel row " + (i + 1) + " of " + n);
    }
    for (double s : colSum) {
      total += s;
    }
    int p = Math.min(prototypes, n);
    boolean[] chosen = new boolean[n];
    double[] cross = new double[n]; // sum over prototypes j of k(x_c, z_j)
    List<Integer> protos = new ArrayList<>();
    double sumColChosen = 0;
    double sumKernelChosen = 0;
    for (int m = 0; m < p; m++) {
      cancel.throwIfCancelled();
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < n; c++) {
        if (chosen[c]) {
          continue;
        }
        double value =
            2.0 / (n * (m + 1.0)) * (sumColChosen + colSum[c])
                - (sumKernelChosen + 2 * cross[c] + 1) / ((m + 1.0) * (m + 1.0));
        if (value > bestValue) {
          bestValue = value;
          best = c;
        }
      }
      chosen[best] = true;
      protos.add(best);
      sumColChosen += colSum[best];
      sumKernelChosen += 2 * cross[best] + 1;
      for (int c = 0; c < n; c++) {
        cross[c] += c == best ? 1 : kernel.at(c, best);
      }
    }
    double mmd2 =
        total / ((double) n * n)
            - 2 * sumColChosen / ((double) n * p)
            + sumKernelChosen / ((double) p * p);
    List<Integer> crits = new ArrayList<>();
    List<Double> witnesses = new ArrayList<>();
    chooseCriticisms(kernel, colSum, cross, chosen, p, crits, witnesses, cancel);
    progress.progress(1.0, "done");
    List<Integer> protoRows = protos.stream().map(i -> members[i]).toList();
    List<Integer> critRows = crits.stream().map(i -> members[i]).toList();
    return new PrototypeSet(group, n, protoRows, critRows, witnesses, Math.max(0, mmd2));
  }

  private void chooseCriticisms(
      Kernel kernel,
      double[] colSum,
      double[] cross,
      boolean[] chosen,
      int p,
      List<Integer> crits,
      List<Double> witnesses,
      CancellationToken cancel) {
    int n = colSum.length;
    int wanted = Math.min(criticisms, n - p);
    double[] witness = new double[n];
    for (int c = 0; c < n; c++) {
      witness[c] = colSum[c] / n - cross[c] / p;
    }
    // Cholesky factor of the chosen criticisms' kernel matrix, grown one row per step.
    double[][] chol = new double[wanted][wanted];
    double[][] toChosen = new double[n][wanted]; // k(x_c, criticism_t)
    for (int t = 0; t < wanted; t++) {
      cancel.throwIfCancelled();
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      double bestSchur = 0;
      double[] bestSolved = null;
      for (int c = 0; c < n; c++) {
        if (chosen[c]) {
          continue;
        }
        double[] solved = forward(chol, toChosen[c], t);
        double schur = 1;
        for (int s = 0; s < t; s++) {
          schur -= solved[s] * solved[s];
        }
        double value = Math.abs(witness[c]) + Math.log(Math.max(schur, 1e-300));
        if (value > bestValue) {
          bestValue = value;
          best = c;
          bestSchur = schur;
          bestSolved = solved;
        }
      }
      chosen[best] = true;
      crits.add(best);
      witnesses.add(witness[best]);
      for (int s = 0; s < t; s++) {
        chol[t][s] = bestSolved[s];
      }
      chol[t][t] = Math.sqrt(Math.max(bestSchur, 1e-300));
      for (int c = 0; c < n; c++) {
        toChosen[c][t] = c == best ? 1 : kernel.at(c, best);
      }
    }
  }

  /** Solves L y = b for the leading t×t block of a lower-triangular L. */
  private static double[] forward(double[][] lower, double[] b, int t) {
    double[] y = new double[t];
    for (int i = 0; i < t; i++) {
      double sum = b[i];
      for (int j = 0; j < i; j++) {
        sum -= lower[i][j] * y[j];
      }
      y[i] = sum / lower[i][i];
    }
    return y;
  }

  private double medianDistance(double[][] rows) {
    int n = rows.length;
    long pairs = (long) n * (n - 1) / 2;
    if (pairs == 0) {
      return 1;
    }
    double[] d;
    if (pairs <= WIDTH_PAIRS) {
      d = new double[(int) pairs];
      int next = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          d[next++] = distance.between(rows[i], rows[j]);
        }
      }
    } else {
      SplittableRandom random = new SplittableRandom(seed);
      d = new double[WIDTH_PAIRS];
      for (int s = 0; s < WIDTH_PAIRS; s++) {
        int i = random.nextInt(n);
        int j = random.nextInt(n - 1);
        d[s] = distance.between(rows[i], rows[j >= i ? j + 1 : j]);
      }
    }
    Arrays.sort(d);
    double median = d[d.length / 2];
    return median > 0 ? median : 1;
  }

  /** The kernel between rows of one group. */
  private final class Kernel {
    private final double[][] rows;
    private final double width;

    Kernel(double[][] rows, double width) {
      this.rows = rows;
      this.width = width;
    }

    double at(int i, int j) {
      return Math.exp(-distance.between(rows[i], rows[j]) / width);
    }
  }
}
