package org.glasswing.core.sanity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.glasswing.core.gradient.ImageShape;

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

  /** The side of the square window SSIM averages over (as scikit-image's default). */
  public static final int SSIM_WINDOW = 7;

  /**
   * The structural similarity (SSIM, Wang et al. 2004) of two image explanations, as Adebayo et al.
   * (2018) compare saliency maps: each map is the absolute attribution summed over channels and
   * scaled to [0, 1] by its maximum; SSIM is averaged over every {@value #SSIM_WINDOW} x {@value
   * #SSIM_WINDOW} window (the whole image when it is smaller), with data range 1 and the usual
   * constants (0.01)² and (0.03)².
   *
   * @param a the first attribution vector, one value per image attribute
   * @param b the second
   * @param shape the image's shape
   * @return the mean SSIM, from -1 to 1; 1 for identical maps
   * @throws IllegalArgumentException if a vector is not one image of the shape
   */
  public static double ssim(double[] a, double[] b, ImageShape shape) {
    shape.requireSize(a.length);
    shape.requireSize(b.length);
    double[][] x = normalisedMap(a, shape);
    double[][] y = normalisedMap(b, shape);
    int h = shape.height();
    int w = shape.width();
    int wh = Math.min(SSIM_WINDOW, h);
    int ww = Math.min(SSIM_WINDOW, w);
    double c1 = 0.01 * 0.01;
    double c2 = 0.03 * 0.03;
    double total = 0;
    int windows = 0;
    for (int top = 0; top + wh <= h; top++) {
      for (int left = 0; left + ww <= w; left++) {
        double n = wh * ww;
        double mx = 0;
        double my = 0;
        for (int i = top; i < top + wh; i++) {
          for (int j = left; j < left + ww; j++) {
            mx += x[i][j];
            my += y[i][j];
          }
        }
        mx /= n;
        my /= n;
        double vx = 0;
        double vy = 0;
        double cov = 0;
        for (int i = top; i < top + wh; i++) {
          for (int j = left; j < left + ww; j++) {
            double dx = x[i][j] - mx;
            double dy = y[i][j] - my;
            vx += dx * dx;
            vy += dy * dy;
            cov += dx * dy;
          }
        }
        double scale = n > 1 ? n - 1 : 1;
        vx /= scale;
        vy /= scale;
        cov /= scale;
        total +=
            ((2 * mx * my + c1) * (2 * cov + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
        windows++;
      }
    }
    return total / windows;
  }

  private static double[][] normalisedMap(double[] attributions, ImageShape shape) {
    double[][] map = new double[shape.height()][shape.width()];
    double max = 0;
    for (int yy = 0; yy < shape.height(); yy++) {
      for (int xx = 0; xx < shape.width(); xx++) {
        double sum = 0;
        for (int c = 0; c < shape.channels(); c++) {
          sum += Math.abs(attributions[shape.index(yy, xx, c)]);
        }
        map[yy][xx] = sum;
        max = Math.max(max, sum);
      }
    }
    if (max > 0) {
      for (double[] row : map) {
        for (int xx = 0; xx < row.length; xx++) {
          row[xx] /= max;
        }
      }
    }
    return map;
  }
}
