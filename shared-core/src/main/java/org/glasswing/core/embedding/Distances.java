package org.glasswing.core.embedding;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;

/** The matrix of distances between all rows of a dataset, for MDS, t-SNE and trustworthiness. */
public final class Distances {

  private Distances() {}

  /**
   * All pairwise distances.
   *
   * @param data the rows
   * @param distance the distance
   * @param cancel polled per row
   * @return a symmetric n×n matrix with a zero diagonal
   */
  public static double[][] matrix(Dataset data, RowDistance distance, CancellationToken cancel) {
    double[][] rows = data.rows();
    int n = rows.length;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      cancel.throwIfCancelled();
      for (int j = i + 1; j < n; j++) {
        d[i][j] = distance.between(rows[i], rows[j]);
        d[j][i] = d[i][j];
      }
    }
    return d;
  }

  /**
   * The Euclidean distances between numeric vectors.
   *
   * @param x the vectors
   * @return a symmetric matrix with a zero diagonal
   */
  public static double[][] euclidean(double[][] x) {
    int n = x.length;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[i][j] = Math.sqrt(Trustworthiness.squaredDistance(x[i], x[j]));
        d[j][i] = d[i][j];
      }
    }
    return d;
  }
}
