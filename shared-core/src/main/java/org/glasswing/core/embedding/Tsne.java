package org.glasswing.core.embedding;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * t-distributed stochastic neighbour embedding (van der Maaten and Hinton, JMLR 2008), exact: every
 * pair of rows is used in every iteration, so the cost grows with the square of the number of rows
 * and at most {@value #MAX_ROWS} rows are accepted. Input similarities are Gaussian in the given
 * distances with a bandwidth per row found by bisection to match the perplexity; the map starts
 * from small Gaussian noise drawn from the seed and follows gradient descent with momentum (0.5,
 * then 0.8), per-coordinate gains, and early exaggeration (12 for the first 250 iterations), the
 * settings of the reference implementation. The learning rate is {@code max(n / 48, 50)}.
 */
public final class Tsne {

  /** The most rows accepted. */
  public static final int MAX_ROWS = 3000;

  private static final int EXAGGERATION_ITERATIONS = 250;
  private static final double EXAGGERATION = 12;

  private final double perplexity;
  private final int iterations;
  private final long seed;

  /**
   * Configures t-SNE.
   *
   * @param perplexity the effective number of neighbours, such as 30; positive
   * @param iterations gradient steps, at least {@value #EXAGGERATION_ITERATIONS}
   * @param seed the seed of the starting map
   * @throws IllegalArgumentException for a setting out of range
   */
  public Tsne(double perplexity, int iterations, long seed) {
    if (!(perplexity > 0)) {
      throw new IllegalArgumentException("the perplexity must be positive, got " + perplexity);
    }
    if (iterations < EXAGGERATION_ITERATIONS) {
      throw new IllegalArgumentException(
          "t-SNE needs at least " + EXAGGERATION_ITERATIONS + " iterations, got " + iterations);
    }
    this.perplexity = perplexity;
    this.iterations = iterations;
    this.seed = seed;
  }

  /**
   * Embeds rows in two dimensions.
   *
   * @param distances a symmetric distance matrix with a zero diagonal
   * @param progress receives progress per iteration
   * @param cancel polled every iteration
   * @return the map
   * @throws IllegalArgumentException if there are more than {@value #MAX_ROWS} rows or the
   *     perplexity is not below a third of the rows
   */
  public Embedding map(double[][] distances, ProgressListener progress, CancellationToken cancel) {
    int n = distances.length;
    if (n > MAX_ROWS) {
      throw new IllegalArgumentException(
          "exact t-SNE takes at most " + MAX_ROWS + " rows, got " + n + "; map a sample");
    }
    if (3 * perplexity >= n - 1) {
      throw new IllegalArgumentException(
          "the perplexity must be below a third of the rows ("
              + (n - 1) / 3.0
              + " here), got "
              + perplexity);
    }
    double[][] p = affinities(distances, cancel);
    double[][] y = new double[n][2];
    SplittableRandom random = new SplittableRandom(seed);
    for (double[] point : y) {
      point[0] = random.nextGaussian() * 1e-2;
      point[1] = random.nextGaussian() * 1e-2;
    }
    double[][] velocity = new double[n][2];
    double[][] gains = new double[n][2];
    for (double[] g : gains) {
      g[0] = 1;
      g[1] = 1;
    }
    double rate = Math.max(n / (EXAGGERATION * 4), 50);
    double[][] num = new double[n][n];
    double[][] gradient = new double[n][2];
    for (int iteration = 0; iteration < iterations; iteration++) {
      cancel.throwIfCancelled();
      double exaggeration = iteration < EXAGGERATION_ITERATIONS ? EXAGGERATION : 1;
      double momentum = iteration < EXAGGERATION_ITERATIONS ? 0.5 : 0.8;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = y[i][0] - y[j][0];
          double dy = y[i][1] - y[j][1];
          double q = 1 / (1 + dx * dx + dy * dy);
          num[i][j] = q;
          num[j][i] = q;
          sum += 2 * q;
        }
      }
      for (int i = 0; i < n; i++) {
        double gx = 0;
        double gy = 0;
        for (int j = 0; j < n; j++) {
          if (j == i) {
            continue;
          }
          double force = (exaggeration * p[i][j] - num[i][j] / sum) * num[i][j];
          gx += force * (y[i][0] - y[j][0]);
          gy += force * (y[i][1] - y[j][1]);
        }
        gradient[i][0] = 4 * gx;
        gradient[i][1] = 4 * gy;
      }
      for (int i = 0; i < n; i++) {
        for (int c = 0; c < 2; c++) {
          boolean sameSign = Math.signum(gradient[i][c]) == Math.signum(velocity[i][c]);
          gains[i][c] = Math.max(0.01, sameSign ? gains[i][c] * 0.8 : gains[i][c] + 0.2);
          velocity[i][c] = momentum * velocity[i][c] - rate * gains[i][c] * gradient[i][c];
          y[i][c] += velocity[i][c];
        }
      }
      centre(y);
      progress.progress((iteration + 1.0) / iterations, "iteration " + (iteration + 1));
    }
    return new Embedding("tsne", y, List.of());
  }

  private static void centre(double[][] y) {
    double mx = 0;
    double my = 0;
    for (double[] point : y) {
      mx += point[0] / y.length;
      my += point[1] / y.length;
    }
    for (double[] point : y) {
      point[0] -= mx;
      point[1] -= my;
    }
  }

  /** Symmetrised input similarities, summing to 1. */
  private double[][] affinities(double[][] distances, CancellationToken cancel) {
    int n = distances.length;
    double target = Math.log(perplexity);
    double[][] conditional = new double[n][n];
    for (int i = 0; i < n; i++) {
      cancel.throwIfCancelled();
      double low = 0;
      double high = Double.POSITIVE_INFINITY;
      double beta = 1;
      double[] row = conditional[i];
      double minSquared = Double.POSITIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          minSquared = Math.min(minSquared, distances[i][j] * distances[i][j]);
        }
      }
      for (int step = 0; step < 100; step++) {
        double sum = 0;
        double weighted = 0;
        for (int j = 0; j < n; j++) {
          if (j == i) {
            row[j] = 0;
            continue;
          }
          double sq = distances[i][j] * distances[i][j] - minSquared;
          row[j] = Math.exp(-beta * sq);
          sum += row[j];
          weighted += row[j] * sq;
        }
        double entropy = Math.log(sum) + beta * weighted / sum;
        for (int j = 0; j < n; j++) {
          row[j] /= sum;
        }
        if (Math.abs(entropy - target) < 1e-5) {
          break;
        }
        if (entropy > target) {
          low = beta;
          beta = Double.isInfinite(high) ? beta * 2 : (beta + high) / 2;
        } else {
          high = beta;
          beta = (beta + low) / 2;
        }
      }
    }
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = Math.max((conditional[i][j] + conditional[j][i]) / (2.0 * n), 1e-12);
      }
    }
    return p;
  }

  /** The spread below which a map counts as collapsed: all points nearly on one spot. */
  public static final double COLLAPSED_SPREAD = 1e-3;

  /** The iterations after early exaggeration below which the map has not settled. */
  public static final int SETTLING_ITERATIONS = 250;

  /**
   * What is wrong with a t-SNE map, if anything: collapsed (the root-mean-square distance of the
   * points from their centre below {@value #COLLAPSED_SPREAD}), or not converged (fewer than
   * {@value #SETTLING_ITERATIONS} iterations after the {@value #EXAGGERATION_ITERATIONS} of early
   * exaggeration, so the clusters are still exaggerated).
   *
   * @param map the map
   * @param iterations the iterations it ran
   * @return one sentence, or empty for a map that looks sound
   */
  public static java.util.Optional<String> problem(Embedding map, int iterations) {
    double[][] points = map.coordinates();
    double cx = 0;
    double cy = 0;
    for (double[] p : points) {
      cx += p[0] / points.length;
      cy += p[1] / points.length;
    }
    double squares = 0;
    for (double[] p : points) {
      squares += ((p[0] - cx) * (p[0] - cx) + (p[1] - cy) * (p[1] - cy)) / points.length;
    }
    double spread = Math.sqrt(squares);
    if (points.length > 1 && !(spread >= COLLAPSED_SPREAD)) {
      return java.util.Optional.of(
          "the t-SNE map collapsed: its points lie within "
              + org.glasswing.core.io.Rounding.TERMINAL.format(spread)
              + " of their centre, so it shows no structure; run more --iterations or lower"
              + " --perplexity");
    }
    int settling = iterations - EXAGGERATION_ITERATIONS;
    if (settling < SETTLING_ITERATIONS) {
      return java.util.Optional.of(
          "the t-SNE map did not converge: only "
              + settling
              + " of its "
              + iterations
              + " iterations came after early exaggeration (at least "
              + SETTLING_ITERATIONS
              + " are needed), so clusters still look tighter and farther apart than they are;"
              + " use --iterations "
              + (EXAGGERATION_ITERATIONS + 750)
              + " or more");
    }
    return java.util.Optional.empty();
  }
}
