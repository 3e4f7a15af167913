package org.glasswing.core.uncertainty;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An exact k-nearest-neighbour search over reference rows by a {@link MixedDistance}: a
 * vantage-point tree over the rows with no missing input, a plain scan over the rest.
 *
 * <p>Without missing values the mixed distance is a metric (the Euclidean norm of per-feature
 * metrics), so the tree may prune a subtree by the triangle inequality: each node keeps a vantage
 * row and splits the other rows at the median distance to it, remembering the largest distance
 * inside and the smallest outside; a query skips a side whose nearest possible row is farther than
 * its current k-th nearest. A missing value adds 1 to the distance whatever the other value is,
 * which breaks the triangle inequality, so reference rows with a missing input are always scanned,
 * and a query row with a missing input scans every reference row. The distances returned are the
 * very values a full scan computes (same sum, same rows): the tree only decides which rows need not
 * be looked at, and a scanned row stops adding features once it is past the current k-th nearest.
 * Building costs about {@code n log n} distances; a query costs about {@code log n} distances for
 * data of low intrinsic dimension and up to {@code n} for data spread over many dimensions.
 * Immutable once built.
 */
final class NeighbourIndex {

  private static final int LEAF = 16;

  /** Relative slack in the pruning test, so that rounding never prunes a row that counts. */
  private static final double SLACK = 1e-9;

  private final MixedDistance distance;
  private final double[][] rows;
  private final int[] inputs;
  private final int[] order;
  private final double[] insideMax;
  private final double[] outsideMin;
  private final int[] incomplete;

  /** The complete rows' input values in tree order, {@code inputs.length} per row. */
  private final double[] packed;

  /**
   * Builds the index.
   *
   * @param distance the distance
   * @param rows the reference rows (not copied; must not change afterwards)
   * @param seed chooses the vantage rows; the answers do not depend on it
   */
  NeighbourIndex(MixedDistance distance, double[][] rows, long seed) {
    this.distance = distance;
    this.rows = rows;
    this.inputs = distance.inputs();
    int complete = 0;
    for (double[] row : rows) {
      complete += hasMissingInput(row) ? 0 : 1;
    }
    this.order = new int[complete];
    this.incomplete = new int[rows.length - complete];
    int c = 0;
    int m = 0;
    for (int r = 0; r < rows.length; r++) {
      if (hasMissingInput(rows[r])) {
        incomplete[m++] = r;
      } else {
        order[c++] = r;
      }
    }
    this.insideMax = new double[complete];
    this.outsideMin = new double[complete];
    build(0, complete, new double[complete], new SplittableRandom(seed));
    this.packed = new double[complete * inputs.length];
    for (int i = 0; i < complete; i++) {
      for (int j = 0; j < inputs.length; j++) {
        packed[i * inputs.length + j] = rows[order[i]][inputs[j]];
      }
    }
  }

  /**
   * The distance from a row to its k-th nearest reference row.
   *
   * @param row a row of the distance's schema
   * @param k from 1 to the number of reference rows (less one when skipping)
   * @param skip a reference row to leave out (the row itself), or -1
   * @return the k-th smallest distance
   */
  double kthNearest(double[] row, int k, int skip) {
    Best best = new Best(k, skip);
    for (int r : incomplete) {
      best.offer(r, distance.distanceBelow(row, rows[r], best.kth()));
    }
    if (hasMissingInput(row)) {
      for (int i = 0; i < order.length; i++) {
        best.offer(order[i], packedDistance(row, i, best.kth()));
      }
    } else {
      search(row, 0, order.length, best);
    }
    return best.kth();
  }

  /** Whether an input is missing or infinite: such a row is outside the metric, so scanned. */
  private boolean hasMissingInput(double[] row) {
    for (int j : inputs) {
      if (!Double.isFinite(row[j])) {
        return true;
      }
    }
    return false;
  }

  private void build(int lo, int hi, double[] dist, SplittableRandom random) {
    if (hi - lo <= LEAF) {
      return;
    }
    swap(order, dist, lo, lo + random.nextInt(hi - lo));
    double[] vantage = rows[order[lo]];
    for (int i = lo + 1; i < hi; i++) {
      dist[i] = distance.distance(vantage, rows[order[i]]);
    }
    int mid = middle(lo, hi);
    select(dist, lo + 1, hi - 1, mid);
    double max = 0;
    for (int i = lo + 1; i < mid; i++) {
      max = Math.max(max, dist[i]);
    }
    double min = Double.POSITIVE_INFINITY;
    for (int i = mid; i < hi; i++) {
      min = Math.min(min, dist[i]);
    }
    insideMax[lo] = max;
    outsideMin[lo] = min;
    build(lo + 1, mid, dist, random);
    build(mid, hi, dist, random);
  }

  private void search(double[] row, int lo, int hi, Best best) {
    if (hi - lo <= LEAF) {
      for (int i = lo; i < hi; i++) {
        best.offer(order[i], packedDistance(row, i, best.kth()));
      }
      return;
    }
    double d = packedDistance(row, lo, Double.POSITIVE_INFINITY);
    best.offer(order[lo], d);
    int mid = middle(lo, hi);
    double slack = SLACK * (1 + d);
    if (d <= 0.5 * (insideMax[lo] + outsideMin[lo])) {
      search(row, lo + 1, mid, best);
      if (!(outsideMin[lo] - d > best.kth() + slack)) {
        search(row, mid, hi, best);
      }
    } else {
      search(row, mid, hi, best);
      if (!(d - insideMax[lo] > best.kth() + slack)) {
        search(row, lo + 1, mid, best);
      }
    }
  }

  /** The distance to the complete row at tree position i, or infinity once clearly past bound. */
  private double packedDistance(double[] row, int i, double bound) {
    return distance.distanceBelow(row, packed, i * inputs.length, bound);
  }

  /** The start of the outside half of the rows after the vantage row at {@code lo}. */
  private static int middle(int lo, int hi) {
    return lo + 1 + (hi - lo - 1) / 2;
  }

  /** Rearranges {@code [l, r]} so that position {@code n} holds its order statistic. */
  private void select(double[] dist, int l, int r, int n) {
    while (l < r) {
      double pivot = dist[n];
      int i = l;
      int j = r;
      do {
        while (dist[i] < pivot) {
          i++;
        }
        while (pivot < dist[j]) {
          j--;
        }
        if (i <= j) {
          swap(order, dist, i++, j--);
        }
      } while (i <= j);
      if (j < n) {
        l = i;
      }
      if (n < i) {
        r = j;
      }
    }
  }

  private static void swap(int[] order, double[] dist, int a, int b) {
    int o = order[a];
    order[a] = order[b];
    order[b] = o;
    double t = dist[a];
    dist[a] = dist[b];
    dist[b] = t;
  }

  /** The k smallest distances seen so far, ascending. */
  private static final class Best {
    private final double[] distances;
    private final int skip;

    Best(int k, int skip) {
      this.distances = new double[k];
      this.skip = skip;
      Arrays.fill(distances, Double.POSITIVE_INFINITY);
    }

    void offer(int row, double d) {
      int k = distances.length;
      if (row == skip || !(d < distances[k - 1])) {
        return;
      }
      int i = k - 1;
      while (i > 0 && distances[i - 1] > d) {
        distances[i] = distances[i - 1];
        i--;
      }
      distances[i] = d;
    }

    double kth() {
      return distances[distances.length - 1];
    }
  }
}
