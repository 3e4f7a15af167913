package org.glasswing.core.glassbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;

/**
 * Stability selection (Meinshausen and Buehlmann 2010): the path is refitted on many random halves
 * of the rows (half of each class, drawn without replacement), and each design column's selection
 * frequency at each penalty is the share of halves whose fit keeps it. A column whose largest
 * frequency over the path is high is selected whatever the sample; the paper's bound on falsely
 * selected columns holds for thresholds above one half.
 */
public final class StabilitySelection {

  private StabilitySelection() {}

  /**
   * Each design column's selection frequency at each penalty.
   *
   * @param x the design, {@code [column][row]}
   * @param y the 0/1 responses
   * @param alpha the mixing
   * @param lambdas the penalties, largest first
   * @param runs how many halves, at least 1
   * @param seed the seed of the halves
   * @param cancel checked at each penalty
   * @return {@code [step][design column]} frequencies in [0, 1]
   */
  public static double[][] frequencies(
      double[][] x,
      double[] y,
      double alpha,
      double[] lambdas,
      int runs,
      long seed,
      CancellationToken cancel) {
    if (runs < 1) {
      throw new IllegalArgumentException("stability selection needs at least 1 run");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Integer>> classes = new ArrayList<>();
    for (int c = 0; c <= 1; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (y[i] == c) {
          members.add(i);
        }
      }
      if (members.size() < 2) {
        throw new IllegalArgumentException(
            "stability selection needs at least 2 rows of each class");
      }
      classes.add(members);
    }
    double[][] counts = new double[lambdas.length][x.length];
    for (int run = 0; run < runs; run++) {
      int[] half = half(classes, random);
      LogisticPath path =
          ElasticNetLogistic.fit(
              PathCrossValidation.select(x, half),
              PathCrossValidation.select(y, half),
              alpha,
              lambdas,
              cancel);
      for (int s = 0; s < lambdas.length; s++) {
        double[] b = path.beta(s);
        for (int j = 0; j < b.length; j++) {
          if (b[j] != 0) {
            counts[s][j]++;
          }
        }
      }
    }
    for (double[] step : counts) {
      for (int j = 0; j < step.length; j++) {
        step[j] /= runs;
      }
    }
    return counts;
  }

  private static int[] half(List<List<Integer>> classes, SplittableRandom random) {
    List<Integer> rows = new ArrayList<>();
    for (List<Integer> members : classes) {
      List<Integer> shuffled = new ArrayList<>(members);
      int take = shuffled.size() / 2;
      for (int i = 0; i < take; i++) {
        int j = i + random.nextInt(shuffled.size() - i);
        Integer t = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, t);
        rows.add(shuffled.get(i));
      }
    }
    return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
