package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * How unusual a row is compared with the training rows, in two scores, each also given as a
 * percentile against the training rows' own scores ("this row is more unusual than 99.5% of the
 * training rows"):
 *
 * <ul>
 *   <li>the distance to the k-th nearest training row by {@link MixedDistance} (standardised
 *       numeric values, overlap of nominal labels); a training row's own score leaves the row out;
 *   <li>the Mahalanobis distance {@code sqrt((x - m)' S^-1 (x - m))} of the row's encoding from the
 *       training mean m: numeric inputs standardised (a missing value at the mean), nominal inputs
 *       one-hot (a missing value all zeros), S the training covariance plus {@value #RIDGE} on the
 *       diagonal so that it is invertible.
 * </ul>
 *
 * The percentile of a score is 100 times the share of training rows whose own score is strictly
 * lower. Immutable once fitted.
 *
 * <p><b>Cost of the k-NN distance.</b> The neighbours are searched in a {@link NeighbourIndex}, a
 * vantage-point tree: an exact search, whose distances are the very values a scan of every
 * reference row gives, that prunes by the triangle inequality. (Reference rows with a missing
 * input, and query rows with one, are scanned, since a missing value's constant 1 is not a metric.)
 * The reference rows are all training rows up to a cap ({@value #DEFAULT_REFERENCE_CAP} unless
 * {@link #fit(Dataset, int, int, long, ProgressListener, CancellationToken)} is given another);
 * above it they are a simple random sample of cap training rows, drawn with a seed, so the same
 * data, cap and seed give the same scores. Only the k-NN distances are then measured against the
 * sample (a training row in the sample leaves itself out); the percentiles still rank against all
 * training rows' own scores, and the Mahalanobis distance always uses every training row. Fitting
 * costs about {@code n log m} to {@code n m} distances for n training rows and m = min (n, cap)
 * reference rows (the lower end for data of low intrinsic dimension, the upper for data spread over
 * many dimensions), plus {@code n d^2} for the Mahalanobis part in d encoded dimensions; scoring a
 * row costs {@code log m} to {@code m} distances.
 */
public final class OutOfDistribution {

  /** The number of neighbours when none is given. */
  public static final int DEFAULT_K = 5;

  /** The most training rows the k-NN distance is measured against when no cap is given. */
  public static final int DEFAULT_REFERENCE_CAP = 10_000;

  /** The seed of the reference sample when none is given. */
  public static final long DEFAULT_SEED = 0;

  /** The ridge added to the covariance's diagonal. */
  public static final double RIDGE = 1e-3;

  /**
   * The scores of one row.
   *
   * @param knnDistance the distance to the k-th nearest training row
   * @param knnPercentile the percentage of training rows with a smaller own k-NN distance
   * @param mahalanobis the Mahalanobis distance from the training mean
   * @param mahalanobisPercentile the percentage of training rows with a smaller own Mahalanobis
   *     distance
   */
  public record Score(
      double knnDistance, double knnPercentile, double mahalanobis, double mahalanobisPercentile) {}

  private final Schema schema;
  private final MixedDistance distance;
  private final int trainingRows;
  private final ReferenceSample reference;
  private final NeighbourIndex index;
  private final int k;
  private final double[] mean;
  private final double[][] cholesky;
  private final double[] sortedKnn;
  private final double[] sortedMahalanobis;
  private final List<Score> trainingScores;

  private OutOfDistribution(
      Dataset training,
      int k,
      int cap,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    this.schema = training.schema();
    this.distance = MixedDistance.fit(training);
    double[][] rows = training.rows();
    this.trainingRows = rows.length;
    this.reference = ReferenceSample.of(rows, cap, seed);
    this.index = new NeighbourIndex(distance, reference.rows(), seed);
    this.k = k;
    double[][] encoded = new double[rows.length][];
    for (int r = 0; r < encoded.length; r++) {
      encoded[r] = encode(rows[r]);
    }
    int d = encoded[0].length;
    this.mean = new double[d];
    for (double[] x : encoded) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[j] / encoded.length;
      }
    }
    double[][] cov = new double[d][d];
    for (double[] x : encoded) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j <= i; j++) {
          cov[i][j] += (x[i] - mean[i]) * (x[j] - mean[j]) / Math.max(1, encoded.length - 1);
        }
      }
    }
    for (int i = 0; i < d; i++) {
      cov[i][i] += RIDGE;
    }
    this.cholesky = cholesky(cov);
    int n = rows.length;
    double[] knn = new double[n];
    double[] mahalanobis = new double[n];
    for (int r = 0; r < n; r++) {
      cancel.throwIfCancelled();
      knn[r] = index.kthNearest(rows[r], k, reference.positionOf(r));
      mahalanobis[r] = mahalanobis(encoded[r]);
      if (r % 64 == 0) {
        progress.progress((double) r / n, "training row " + (r + 1) + " of " + n);
      }
    }
    this.sortedKnn = knn.clone();
    this.sortedMahalanobis = mahalanobis.clone();
    Arrays.sort(sortedKnn);
    Arrays.sort(sortedMahalanobis);
    List<Score> own = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      own.add(score(knn[r], mahalanobis[r]));
    }
    this.trainingScores = List.copyOf(own);
    progress.progress(1, "training rows scored");
  }

  /**
   * Fits the scores to training rows.
   *
   * @param training the training rows (the target, if any, is ignored)
   * @param k the neighbour whose distance counts, from 1 to the number of reference rows minus 1
   * @param referenceCap the most training rows the k-NN distance is measured against; above it a
   *     seeded random sample of this many rows (at least 2)
   * @param seed the seed of the sample; the same data, cap and seed give the same scores
   * @param progress receives progress while the training rows score themselves
   * @param cancel checked once per training row
   * @return the fitted scores
   * @throws IllegalArgumentException if k or the cap is out of range or there are no inputs
   */
  public static OutOfDistribution fit(
      Dataset training,
      int k,
      int referenceCap,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    if (training.schema().inputIndices().length == 0) {
      throw new IllegalArgumentException("out-of-distribution scores need at least one input");
    }
    if (referenceCap < 2) {
      throw new IllegalArgumentException(
          "the reference cap must be at least 2 rows, got " + referenceCap);
    }
    int available = Math.min(training.numRows(), referenceCap) - 1;
    if (k < 1 || k > available) {
      throw new IllegalArgumentException(
          "the neighbour k must be from 1 to "
              + available
              + " (the reference rows minus one), got "
              + k);
    }
    return new OutOfDistribution(training, k, referenceCap, seed, progress, cancel);
  }

  /**
   * Fits with the default reference cap {@value #DEFAULT_REFERENCE_CAP} and seed {@value
   * #DEFAULT_SEED}.
   *
   * @param training the training rows (the target, if any, is ignored)
   * @param k the neighbour whose distance counts, from 1 to the number of reference rows minus 1
   * @param progress receives progress while the training rows score themselves
   * @param cancel checked once per training row
   * @return the fitted scores
   * @throws IllegalArgumentException if k is out of range or there are no inputs
   */
  public static OutOfDistribution fit(
      Dataset training, int k, ProgressListener progress, CancellationToken cancel) {
    return fit(training, k, DEFAULT_REFERENCE_CAP, DEFAULT_SEED, progress, cancel);
  }

  /**
   * Fits with no progress reports and no cancellation.
   *
   * @param training the training rows
   * @param k the neighbour whose distance counts
   * @return the fitted scores
   */
  public static OutOfDistribution fit(Dataset training, int k) {
    return fit(training, k, ProgressListener.NONE, CancellationToken.NONE);
  }

  /**
   * How many training rows the k-NN distance is measured against.
   *
   * @return all training rows, or the cap when they were sampled
   */
  public int referenceRows() {
    return reference.rows().length;
  }

  /**
   * Whether the k-NN reference is a sample of the training rows (there were more than the cap).
   *
   * @return true if some training rows were left out of the reference
   */
  public boolean isSampled() {
    return reference.isSampled(trainingRows);
  }

  /**
   * The training rows' own scores, each row left out of its own neighbours.
   *
   * @return one score per training row, in order
   */
  public List<Score> trainingScores() {
    return trainingScores;
  }

  /**
   * Scores new rows.
   *
   * @param rows rows of the training schema
   * @param cancel checked once per row
   * @return one score per row, in order
   */
  public List<Score> score(Dataset rows, CancellationToken cancel) {
    List<Score> scores = new ArrayList<>(rows.numRows());
    for (int r = 0; r < rows.numRows(); r++) {
      cancel.throwIfCancelled();
      double[] row = rows.row(r);
      scores.add(score(index.kthNearest(row, k, -1), mahalanobis(encode(row))));
    }
    return scores;
  }

  private Score score(double knn, double mahalanobis) {
    return new Score(
        knn, percentile(sortedKnn, knn), mahalanobis, percentile(sortedMahalanobis, mahalanobis));
  }

  private static double percentile(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) { // first index with sorted[i] >= value
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return 100.0 * lo / sorted.length;
  }

  private double[] encode(double[] row) {
    int[] inputs = distance.inputs();
    List<Double> values = new ArrayList<>();
    for (int j = 0; j < inputs.length; j++) {
      double v = row[inputs[j]];
      if (distance.isNominal(j)) {
        // Encoded from the schema's labels, so every row has the same length.
        Feature f = schema.feature(inputs[j]);
        for (int c = 0; c < f.labels().size(); c++) {
          values.add(!Double.isNaN(v) && (int) v == c ? 1.0 : 0.0);
        }
      } else {
        values.add(distance.standardised(j, v));
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private double mahalanobis(double[] x) {
    int d = x.length;
    double[] z = new double[d];
    for (int i = 0; i < d; i++) { // forward substitution: L z = x - m
      double s = x[i] - mean[i];
      for (int j = 0; j < i; j++) {
        s -= cholesky[i][j] * z[j];
      }
      z[i] = s / cholesky[i][i];
    }
    double sum = 0;
    for (double v : z) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }

  private static double[][] cholesky(double[][] a) {
    int d = a.length;
    double[][] l = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int m = 0; m < j; m++) {
          s -= l[i][m] * l[j][m];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(s, RIDGE * 1e-6));
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }
}
