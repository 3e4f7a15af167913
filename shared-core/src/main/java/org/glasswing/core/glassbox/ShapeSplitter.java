package org.glasswing.core.glassbox;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shallow trees that boosting fits on a term's bins in each round: a greedy tree of a few
 * leaves over the ordered bins of one feature (a nominal feature's bins ordered by their Newton
 * step, as for any categorical split), the missing bin a leaf of its own; and, for a pair, the best
 * single cut of each feature, four quadrants (the FAST cut of Lou et al. 2013). Leaves take the
 * Newton step {@code -G/H} of their rows.
 */
final class ShapeSplitter {

  private ShapeSplitter() {}

  /**
   * The step of each bin of one feature.
   *
   * @param g the gradient sum of each bin, the missing bin last
   * @param h the hessian sum of each bin
   * @param count the rows of each bin
   * @param nominal whether the bins are unordered labels
   * @param maxLeaves the most leaves over the non-missing bins
   * @param minLeaf the fewest rows in a leaf
   * @return the step of each bin (0 for a bin without rows)
   */
  static double[] single(
      double[] g, double[] h, int[] count, boolean nominal, int maxLeaves, int minLeaf) {
    int bins = g.length - 1;
    Integer[] order = IntStream.range(0, bins).boxed().toArray(Integer[]::new);
    if (nominal) {
      java.util.Arrays.sort(
          order, (a, b) -> Double.compare(step(g[a], h[a], count[a]), step(g[b], h[b], count[b])));
    }
    double[] pg = new double[bins + 1];
    double[] ph = new double[bins + 1];
    int[] pc = new int[bins + 1];
    for (int i = 0; i < bins; i++) {
      pg[i + 1] = pg[i] + g[order[i]];
      ph[i + 1] = ph[i] + h[order[i]];
      pc[i + 1] = pc[i] + count[order[i]];
    }
    List<int[]> leaves = new ArrayList<>();
    leaves.add(new int[] {0, bins});
    while (leaves.size() < maxLeaves) {
      double bestGain = 1e-12;
      int bestLeaf = -1;
      int bestCut = -1;
      for (int l = 0; l < leaves.size(); l++) {
        int from = leaves.get(l)[0];
        int to = leaves.get(l)[1];
        double whole = gain(pg[to] - pg[from], ph[to] - ph[from]);
        for (int cut = from + 1; cut < to; cut++) {
          if (pc[cut] - pc[from] < minLeaf || pc[to] - pc[cut] < minLeaf) {
            continue;
          }
          double split =
              gain(pg[cut] - pg[from], ph[cut] - ph[from])
                  + gain(pg[to] - pg[cut], ph[to] - ph[cut]);
          if (split - whole > bestGain) {
            bestGain = split - whole;
            bestLeaf = l;
            bestCut = cut;
          }
        }
      }
      if (bestLeaf < 0) {
        break;
      }
      int[] leaf = leaves.remove(bestLeaf);
      leaves.add(new int[] {leaf[0], bestCut});
      leaves.add(new int[] {bestCut, leaf[1]});
    }
    double[] out = new double[bins + 1];
    for (int[] leaf : leaves) {
      double value = step(pg[leaf[1]] - pg[leaf[0]], ph[leaf[1]] - ph[leaf[0]], 1);
      for (int i = leaf[0]; i < leaf[1]; i++) {
        out[order[i]] = count[order[i]] > 0 ? value : 0;
      }
    }
    out[bins] = step(g[bins], h[bins], count[bins]);
    return out;
  }

  /**
   * The step of each cell of a pair: the best four quadrants, or nothing when no cut leaves {@code
   * minLeaf} rows in each.
   *
   * @param g the gradient sum of each cell, {@code [a][b]}
   * @param h the hessian sums
   * @param count the rows of each cell
   * @param minLeaf the fewest rows in a quadrant
   * @return the step of each cell, {@code a * dims[1] + b}; null when there is no cut
   */
  static double[] pair(double[][] g, double[][] h, int[][] count, int minLeaf) {
    Quadrants best = Quadrants.best(g, h, count, minLeaf);
    if (best == null) {
      return null;
    }
    int na = g.length;
    int nb = g[0].length;
    double[] out = new double[na * nb];
    for (int a = 0; a < na; a++) {
      for (int b = 0; b < nb; b++) {
        int q = (a < best.cutA() ? 0 : 2) + (b < best.cutB() ? 0 : 1);
        out[a * nb + b] = count[a][b] > 0 ? best.steps()[q] : 0;
      }
    }
    return out;
  }

  static double gain(double g, double h) {
    return h <= 0 ? 0 : g * g / h;
  }

  static double step(double g, double h, int count) {
    return count == 0 || h <= 0 ? 0 : -g / h;
  }
}
