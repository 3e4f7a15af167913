package org.glasswing.core.glassbox;

/**
 * The best cut of a pair's bin grid into four quadrants: the cut of each feature that most lowers
 * the second-order loss, found over every pair of cuts with cumulative sums (Lou et al. 2013,
 * FAST). Used to rank pairs by strength and to boost a pair's table.
 *
 * @param cutA the first feature's bins below {@code cutA} go to the low side
 * @param cutB the same for the second feature
 * @param gain the loss reduction over one leaf for the whole grid
 * @param steps the Newton step of each quadrant: (low, low), (low, high), (high, low), (high, high)
 */
record Quadrants(int cutA, int cutB, double gain, double[] steps) {

  /**
   * The best quadrants of a grid.
   *
   * @param g gradient sums {@code [a][b]}
   * @param h hessian sums
   * @param count rows per cell
   * @param minLeaf the fewest rows in a quadrant
   * @return the best cut, or null when none leaves {@code minLeaf} rows in each quadrant
   */
  static Quadrants best(double[][] g, double[][] h, int[][] count, int minLeaf) {
    int na = g.length;
    int nb = g[0].length;
    // cumulative sums over [0, a) x [0, b)
    double[][] cg = new double[na + 1][nb + 1];
    double[][] ch = new double[na + 1][nb + 1];
    int[][] cc = new int[na + 1][nb + 1];
    for (int a = 0; a < na; a++) {
      for (int b = 0; b < nb; b++) {
        cg[a + 1][b + 1] = cg[a][b + 1] + cg[a + 1][b] - cg[a][b] + g[a][b];
        ch[a + 1][b + 1] = ch[a][b + 1] + ch[a + 1][b] - ch[a][b] + h[a][b];
        cc[a + 1][b + 1] = cc[a][b + 1] + cc[a + 1][b] - cc[a][b] + count[a][b];
      }
    }
    double whole = ShapeSplitter.gain(cg[na][nb], ch[na][nb]);
    Quadrants best = null;
    for (int a = 1; a < na; a++) {
      for (int b = 1; b < nb; b++) {
        double[][] q = {
          sums(cg, ch, cc, 0, a, 0, b),
          sums(cg, ch, cc, 0, a, b, nb),
          sums(cg, ch, cc, a, na, 0, b),
          sums(cg, ch, cc, a, na, b, nb)
        };
        double total = 0;
        boolean enough = true;
        for (double[] s : q) {
          enough &= s[2] >= minLeaf;
          total += ShapeSplitter.gain(s[0], s[1]);
        }
        if (enough && (best == null || total - whole > best.gain)) {
          double[] steps = new double[4];
          for (int i = 0; i < 4; i++) {
            steps[i] = ShapeSplitter.step(q[i][0], q[i][1], (int) q[i][2]);
          }
          best = new Quadrants(a, b, total - whole, steps);
        }
      }
    }
    return best;
  }

  private static double[] sums(
      double[][] cg, double[][] ch, int[][] cc, int a0, int a1, int b0, int b1) {
    return new double[] {
      cg[a1][b1] - cg[a0][b1] - cg[a1][b0] + cg[a0][b0],
      ch[a1][b1] - ch[a0][b1] - ch[a1][b0] + ch[a0][b0],
      cc[a1][b1] - cc[a0][b1] - cc[a1][b0] + cc[a0][b0]
    };
  }
}
