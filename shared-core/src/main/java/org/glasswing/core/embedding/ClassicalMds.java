package org.glasswing.core.embedding;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;

/**
 * Classical (Torgerson) multidimensional scaling: points whose Euclidean distances match given
 * distances as well as possible, from the leading eigenvectors of the double-centred matrix of
 * squared distances {@code B = -1/2 J D² J}. For Euclidean distances it recovers the configuration
 * up to rotation; otherwise negative eigenvalues are dropped (coordinate 0).
 */
public final class ClassicalMds {

  private ClassicalMds() {}

  /**
   * Embeds rows in two dimensions.
   *
   * @param distances a symmetric matrix of distances with a zero diagonal, at least 3 rows
   * @param cancel polled between iterations
   * @return the map; explained shares are each axis's eigenvalue over the sum of the positive
   *     eigenvalues (the trace of B when B has none negative)
   * @throws IllegalArgumentException for fewer than 3 rows or a non-square matrix
   */
  public static Embedding map(double[][] distances, CancellationToken cancel) {
    int n = distances.length;
    if (n < 3) {
      throw new IllegalArgumentException("classical MDS needs at least 3 rows, got " + n);
    }
    double[][] b = new double[n][n];
    double[] rowMean = new double[n];
    double grand = 0;
    for (int i = 0; i < n; i++) {
      if (distances[i].length != n) {
        throw new IllegalArgumentException("the distance matrix must be square");
      }
      for (int j = 0; j < n; j++) {
        double sq = distances[i][j] * distances[i][j];
        b[i][j] = sq;
        rowMean[i] += sq / n;
        grand += sq / ((double) n * n);
      }
    }
    double trace = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        b[i][j] = -0.5 * (b[i][j] - rowMean[i] - rowMean[j] + grand);
      }
      trace += b[i][i];
    }
    SymmetricEigen eigen = SymmetricEigen.leading(b, 2, 1, cancel);
    double[][] points = new double[n][2];
    List<Double> explained = new ArrayList<>();
    for (int axis = 0; axis < 2; axis++) {
      double value = Math.max(0, eigen.values[axis]);
      double scale = Math.sqrt(value);
      for (int i = 0; i < n; i++) {
        points[i][axis] = eigen.vectors[axis][i] * scale;
      }
      explained.add(trace > 0 ? value / trace : 0);
    }
    return new Embedding("mds", points, explained);
  }
}
