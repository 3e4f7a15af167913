package org.glasswing.core.sanity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Similarity of two attribution vectors over the same features. Conventions for degenerate input:
 * two constant vectors (for instance two all-zero explanations) are perfectly similar (1), a
 * constant vector and a varying one are unrelated (0).
 */
public final class Similarity {

  private Similarity() {}

  /**
   * Spearman's rank correlation of two vectors, with tied values given their average rank.
   *
   * @param a the first vector
   * @param b the second vector, as long as the first
   * @return the correlation, from -1 to 1
   */
  public static double spearman(double[] a, double[] b) {
    checkLengths(a, b);
    return pearson(ranks(a), ranks(b));
  }

  /**
   * Spearman's rank correlation of the absolute values: do both vectors rank the features by
   * importance alike, whatever the direction?
   *
   * @param a the first vector
   * @param b the second vector, as long as the first
   * @return the correlation, from -1 to 1
   */
  public static double spearmanAbsolute(double[] a, double[] b) {
    return spearman(abs(a), abs(b));
  }

  /**
   * The cosine of the angle between two vectors.
   *
   * @param a the first vector
   * @param b the second vector, as long as the first
   * @return from -1 to 1; 1 when both are zero, 0 when only one is
   */
  public static double cosine(double[] a, double[] b) {
    checkLengths(a, b);
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    if (na == 0 || nb == 0) {
      return na == nb ? 1 : 0;
    }
    return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
  }

  /**
   * The share of the k features with the largest absolute value in {@code a} that are also among
   * the k largest in {@code b}.
   *
   * @param a the first vector
   * @param b the second vector, as long as the first
   * @param k how many top features to compare, from 1 to the vectors' length
   * @return from 0 to 1
   */
  public static double topKIntersection(double[] a, double[] b, int k) {
    checkLengths(a, b);
    checkTopK(k, a.length);
    return (double) common(topK(a, k), topK(b, k)) / k;
  }

  /**
   * The Jaccard index of the top-k feature sets (by absolute value) of two vectors: shared features
   * over all features in either set.
   *
   * @param a the first vector
   * @param b the second vector, as long as the first
   * @param k how many top features to compare, from 1 to the vectors' length
   * @return from 0 to 1
   */
  public static double topKJaccard(double[] a, double[] b, int k) {
    checkLengths(a, b);
    checkTopK(k, a.length);
    int shared = common(topK(a, k), topK(b, k));
    return (double) shared / (2 * k - shared);
  }

  /**
   * The indices of the k largest absolute values, largest first; ties go to the lower index.
   *
   * @param values the vector
   * @param k how many, from 1 to the vector's length
   * @return k indices
   */
  public static int[] topK(double[] values, int k) {
    checkTopK(k, values.length);
    return IntStream.range(0, values.length)
        .boxed()
        .sorted(
            Comparator.comparingDouble((Integer i) -> -Math.abs(values[i]))
                .thenComparingInt(i -> i))
        .limit(k)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /**
   * Refuses a top-k that does not fit the number of features.
   *
   * @param k the requested k
   * @param features the number of features
   * @throws IllegalArgumentException naming both
   */
  public static void checkTopK(int k, int features) {
    if (k < 1 || k > features) {
      throw new IllegalArgumentException(
          "top-k must be between 1 and the number of features (" + features + "), got " + k);
    }
  }

  static int common(int[] a, int[] b) {
    int shared = 0;
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  /** Average ranks from 1, ties sharing the mean of their positions. */
  static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        ranks[order[t]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  static double pearson(double[] a, double[] b) {
    int n = a.length;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa == 0 || sbb == 0) {
      return saa == sbb ? 1 : 0;
    }
    return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
  }

  private static double[] abs(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.abs(values[i]);
    }
    return out;
  }

  private static void checkLengths(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "cannot compare explanations of " + a.length + " and " + b.length + " features");
    }
    if (a.length == 0) {
      throw new IllegalArgumentException("cannot compare explanations of no features");
    }
  }
}
