package org.glasswing.core.shapley;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.model.Model;

/**
 * An independent, slow reference: the Shapley value as the mean marginal contribution over all n!
 * orderings, with v(S) computed row by row from the definition. For n up to 7.
 */
final class BruteForceShapley {

  private BruteForceShapley() {}

  static double[] values(Model model, double[] x, Dataset background, int output) {
    int[] players = model.schema().inputIndices();
    int n = players.length;
    double[] phi = new double[n];
    List<int[]> orders = new ArrayList<>();
    permute(identity(n), 0, orders);
    for (int[] order : orders) {
      boolean[] in = new boolean[n];
      double before = value(model, x, background, players, in, output);
      for (int player : order) {
        in[player] = true;
        double after = value(model, x, background, players, in, output);
        phi[player] += after - before;
        before = after;
      }
    }
    for (int i = 0; i < n; i++) {
      phi[i] /= orders.size();
    }
    return phi;
  }

  static double value(
      Model model, double[] x, Dataset background, int[] players, boolean[] in, int output) {
    double total = 0;
    for (int b = 0; b < background.numRows(); b++) {
      double[] row = background.row(b);
      for (int p = 0; p < players.length; p++) {
        if (in[p]) {
          row[players[p]] = x[players[p]];
        }
      }
      total += model.predict(new double[][] {row})[0][output];
    }
    return total / background.numRows();
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static void permute(int[] a, int k, List<int[]> out) {
    if (k == a.length) {
      out.add(a.clone());
      return;
    }
    for (int i = k; i < a.length; i++) {
      swap(a, k, i);
      permute(a, k + 1, out);
      swap(a, k, i);
    }
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
