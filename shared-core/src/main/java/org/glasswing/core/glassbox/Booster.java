package org.glasswing.core.glassbox;

import java.util.List;
import org.glasswing.core.engine.CancellationToken;

/**
 * Cyclic gradient boosting of one bag: in each round, every term in turn gets a shallow tree fitted
 * to the gradients of the current scores, shrunk by the learning rate (Lou et al. 2012). Stops when
 * the loss on the bag's validation rows has not improved for the patience, and returns the tables
 * of the best round.
 */
final class Booster {

  /**
   * Where a term reads each row.
   *
   * @param columns the term's columns
   * @param dims the bins of each column
   * @param cells each row's cell in the term's table
   * @param nominal whether a one-feature term's bins are unordered labels
   */
  record Layout(int[] columns, int[] dims, int[] cells, boolean nominal) {

    int size() {
      return dims.length == 1 ? dims[0] : dims[0] * dims[1];
    }
  }

  private final BoostingLoss loss;
  private final double[] targets;
  private final int[] train;
  private final int[] validation;
  private final ExplainableBoosting.Settings settings;

  Booster(
      BoostingLoss loss,
      double[] targets,
      int[] train,
      int[] validation,
      ExplainableBoosting.Settings settings) {
    this.loss = loss;
    this.targets = targets;
    this.train = train;
    this.validation = validation;
    this.settings = settings;
  }

  /**
   * Boosts some terms from given starting scores.
   *
   * @param terms the terms
   * @param start each row's starting scores (not modified)
   * @param cancel checked each round
   * @return {@code [term][score][cell]}
   */
  double[][][] boost(List<Layout> terms, double[][] start, CancellationToken cancel) {
    int k = start[0].length;
    int n = start.length;
    double[][] scores = new double[n][];
    for (int r = 0; r < n; r++) {
      scores[r] = start[r].clone();
    }
    double[][][] tables = new double[terms.size()][k][];
    for (int t = 0; t < terms.size(); t++) {
      for (int j = 0; j < k; j++) {
        tables[t][j] = new double[terms.get(t).size()];
      }
    }
    double[][][] best = copy(tables);
    double bestLoss = validationLoss(scores);
    int bestRound = 0;
    double[] gradient = new double[k];
    double[] hessian = new double[k];
    for (int round = 1; round <= settings.rounds(); round++) {
      cancel.throwIfCancelled();
      for (int t = 0; t < terms.size(); t++) {
        Layout layout = terms.get(t);
        int cells = layout.size();
        double[][] g = new double[k][cells];
        double[][] h = new double[k][cells];
        int[] count = new int[cells];
        for (int r : train) {
          int c = layout.cells()[r];
          loss.derivatives(scores[r], targets[r], gradient, hessian);
          count[c]++;
          for (int j = 0; j < k; j++) {
            g[j][c] += gradient[j];
            h[j][c] += hessian[j];
          }
        }
        for (int j = 0; j < k; j++) {
          double[] step = steps(layout, g[j], h[j], count);
          if (step == null) {
            continue;
          }
          double[] table = tables[t][j];
          for (int c = 0; c < cells; c++) {
            table[c] += settings.learningRate() * step[c];
          }
          for (int r = 0; r < n; r++) {
            scores[r][j] += settings.learningRate() * step[layout.cells()[r]];
          }
        }
      }
      if (validation.length == 0) {
        best = tables;
        continue;
      }
      double now = validationLoss(scores);
      if (now < bestLoss - 1e-12) {
        bestLoss = now;
        bestRound = round;
        best = copy(tables);
      } else if (round - bestRound >= settings.patience()) {
        break;
      }
    }
    return validation.length == 0 ? tables : best;
  }

  private double[] steps(Layout layout, double[] g, double[] h, int[] count) {
    if (layout.dims().length == 1) {
      return ShapeSplitter.single(
          g, h, count, layout.nominal(), settings.maxLeaves(), settings.minLeaf());
    }
    int na = layout.dims()[0];
    int nb = layout.dims()[1];
    double[][] g2 = new double[na][nb];
    double[][] h2 = new double[na][nb];
    int[][] c2 = new int[na][nb];
    for (int a = 0; a < na; a++) {
      for (int b = 0; b < nb; b++) {
        g2[a][b] = g[a * nb + b];
        h2[a][b] = h[a * nb + b];
        c2[a][b] = count[a * nb + b];
      }
    }
    return ShapeSplitter.pair(g2, h2, c2, settings.minLeaf());
  }

  private double validationLoss(double[][] scores) {
    double sum = 0;
    for (int r : validation) {
      sum += loss.loss(scores[r], targets[r]);
    }
    return sum;
  }

  private static double[][][] copy(double[][][] tables) {
    double[][][] out = new double[tables.length][][];
    for (int t = 0; t < tables.length; t++) {
      out[t] = new double[tables[t].length][];
      for (int j = 0; j < tables[t].length; j++) {
        out[t][j] = tables[t][j].clone();
      }
    }
    return out;
  }
}
