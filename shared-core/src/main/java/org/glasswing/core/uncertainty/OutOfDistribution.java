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
 */
public final class OutOfDistribution {

  /** The number of neighbours when none is given. */
  public static final int DEFAULT_K = 5;

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
  private final double[][] training;
  private final int k;
  private final double[] mean;
  private final double[][] cholesky;
  private final double[] sortedKnn;
  private final double[] sortedMahalanobis;
  private final List<Score> trainingScores;

  private OutOfDistribution(
      Dataset training, int k, ProgressListener progress, CancellationToken cancel) {
    this.schema = training.schema();
    this.distance = MixedDistance.fit(training);
    this.training = training.rows();
    this.k = k;
    double[][] encoded = new double[this.training.length][];
    for (int r = 0; r < encoded.length; r++) {
      encoded[r] = encode(this.training[r]);
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
    int n = this.training.length;
    double[] knn = new double[n];
    double[] mahalanobis = new double[n];
    for (int r = 0; r < n; r++) {
      cancel.throwIfCancelled();
      knn[r] = distance.nearest(this.training[r], this.training, k, r)[k - 1];
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
   * @param k the neighbour whose distance counts, from 1 to the number of rows minus 1
   * @param progress receives progress while the training rows score themselves
   * @param cancel checked once per training row
   * @return the fitted scores
   * @throws IllegalArgumentException if k is out of range or there are no inputs
   */
  public static OutOfDistribution fit(
      Dataset training, int k, ProgressListener progress, CancellationToken cancel) {
    if (training.schema().inputIndices().length == 0) {
      throw new IllegalArgumentException("out-of-distribution scores need at least one input");
    }
    if (k < 1 || k > training.numRows() - 1) {
      throw new IllegalArgumentException(
          "the neighbour k must be from 1 to "
              + (training.numRows() - 1)
              + " (the training rows minus one), got "
              + k);
    }
    return new OutOfDistribution(training, k, progress, cancel);
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
      scores.add(score(distance.nearest(row, training, k, -1)[k - 1], mahalanobis(encode(row))));
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
