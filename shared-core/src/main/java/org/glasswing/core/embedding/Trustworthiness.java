package org.glasswing.core.embedding;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How far a map can be trusted about neighbours: trustworthiness (Venna and Kaski, 2001). It
 * penalises rows that appear among a row's k nearest on the map but are far from it in the data, by
 * how far down the data's ranking they are. 1 means every map neighbour is a true neighbour; a
 * random map scores about 0.5.
 */
public final class Trustworthiness {

  private Trustworthiness() {}

  /**
   * The trustworthiness of a map.
   *
   * @param distances the distances between rows in the data, a symmetric n×n matrix
   * @param points the map, one point per row
   * @param k the neighbourhood size, at least 1 and below n/2
   * @return a score, at most 1
   * @throws IllegalArgumentException for a k out of range or sizes that differ
   */
  public static double score(double[][] distances, double[][] points, int k) {
    int n = distances.length;
    if (points.length != n) {
      throw new IllegalArgumentException("one map point per row is needed");
    }
    if (k < 1 || 2 * k >= n) {
      throw new IllegalArgumentException(
          "the neighbourhood size must be at least 1 and below n/2 = " + n / 2.0 + ", got " + k);
    }
    double penalty = 0;
    for (int i = 0; i < n; i++) {
      int row = i;
      Integer[] dataOrder = order(n, row, j -> distances[row][j]);
      int[] rank = new int[n];
      for (int r = 0; r < dataOrder.length; r++) {
        rank[dataOrder[r]] = r + 1;
      }
      Integer[] mapOrder = order(n, row, j -> squaredDistance(points[row], points[j]));
      for (int r = 0; r < k; r++) {
        int j = mapOrder[r];
        if (rank[j] > k) {
          penalty += rank[j] - k;
        }
      }
    }
    return 1 - 2.0 / (n * k * (2.0 * n - 3.0 * k - 1)) * penalty;
  }

  private static Integer[] order(int n, int self, java.util.function.IntToDoubleFunction distance) {
    Integer[] others = IntStream.range(0, n).filter(j -> j != self).boxed().toArray(Integer[]::new);
    Arrays.sort(
        others,
        Comparator.comparingDouble((Integer j) -> distance.applyAsDouble(j))
            .thenComparingInt(j -> j));
    return others;
  }

  static double squaredDistance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return s;
  }
}
