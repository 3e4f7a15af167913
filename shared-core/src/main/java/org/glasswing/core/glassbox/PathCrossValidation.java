package org.glasswing.core.glassbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;

/**
 * K-fold cross-validation of a logistic regularisation path: each fold's path is fitted on the
 * other rows with the full data's penalties, and its binomial deviance on the held-out rows is
 * averaged per row. Folds are stratified by class and dealt from a seeded shuffle.
 */
public final class PathCrossValidation {

  private PathCrossValidation() {}

  /**
   * Cross-validates.
   *
   * @param x the design, {@code [column][row]}
   * @param y the 0/1 responses
   * @param alpha the mixing
   * @param lambdas the penalties, largest first
   * @param folds the number of folds, at least 2
   * @param seed the seed of the fold assignment
   * @param cancel checked at each penalty
   * @return the deviance per step and the choices
   */
  public static PathChoice run(
      double[][] x,
      double[] y,
      double alpha,
      double[] lambdas,
      int folds,
      long seed,
      CancellationToken cancel) {
    int[] fold = folds(y, folds, seed);
    int k = lambdas.length;
    double[][] foldMeans = new double[folds][k];
    for (int f = 0; f < folds; f++) {
      int[] train = rows(fold, f, false);
      int[] test = rows(fold, f, true);
      LogisticPath path =
          ElasticNetLogistic.fit(select(x, train), select(y, train), alpha, lambdas, cancel);
      double[][] xt = select(x, test);
      double[] yt = select(y, test);
      double[] eta = new double[test.length];
      double[] row = new double[x.length];
      for (int s = 0; s < k; s++) {
        for (int i = 0; i < test.length; i++) {
          for (int j = 0; j < x.length; j++) {
            row[j] = xt[j][i];
          }
          eta[i] = path.score(s, row);
        }
        foldMeans[f][s] = ElasticNetLogistic.deviance(yt, eta) / test.length;
      }
    }
    double[] mean = new double[k];
    double[] se = new double[k];
    for (int s = 0; s < k; s++) {
      double sum = 0;
      for (int f = 0; f < folds; f++) {
        sum += foldMeans[f][s];
      }
      mean[s] = sum / folds;
      double squares = 0;
      for (int f = 0; f < folds; f++) {
        double d = foldMeans[f][s] - mean[s];
        squares += d * d;
      }
      se[s] = Math.sqrt(squares / (folds - 1) / folds);
    }
    return PathChoice.of(mean, se);
  }

  /**
   * Stratified fold numbers: each class's rows in a seeded order, dealt in turn.
   *
   * @param y the 0/1 responses
   * @param folds the number of folds
   * @param seed the seed
   * @return each row's fold
   * @throws IllegalArgumentException if a class has fewer rows than folds
   */
  static int[] folds(double[] y, int folds, long seed) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] fold = new int[y.length];
    int next = 0;
    for (int c = 0; c <= 1; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (y[i] == c) {
          members.add(i);
        }
      }
      if (members.size() < folds) {
        throw new IllegalArgumentException(
            "a class has "
                + members.size()
                + " rows, fewer than the "
                + folds
                + " folds; use fewer folds");
      }
      for (int i = members.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = members.get(i);
        members.set(i, members.get(j));
        members.set(j, t);
      }
      for (int member : members) {
        fold[member] = next++ % folds;
      }
    }
    return fold;
  }

  private static int[] rows(int[] fold, int f, boolean in) {
    return java.util.stream.IntStream.range(0, fold.length)
        .filter(i -> (fold[i] == f) == in)
        .toArray();
  }

  static double[][] select(double[][] x, int[] rows) {
    double[][] out = new double[x.length][rows.length];
    for (int j = 0; j < x.length; j++) {
      for (int i = 0; i < rows.length; i++) {
        out[j][i] = x[j][rows[i]];
      }
    }
    return out;
  }

  static double[] select(double[] y, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = y[rows[i]];
    }
    return out;
  }
}
