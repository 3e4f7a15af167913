package org.glasswing.core.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogisticInfluenceTest {

  /** Rows with d standard normal columns and a class drawn from a softmax of linear scores. */
  private record Problem(double[][] x, int[] y, double[] w) {}

  private static Problem problem(int n, int d, int classes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] beta = new double[classes][d];
    for (double[] b : beta) {
      for (int j = 0; j < d; j++) {
        b[j] = random.nextGaussian() * 1.5;
      }
    }
    double[][] x = new double[n][d];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      double[] scores = new double[classes];
      for (int j = 0; j < d; j++) {
        x[i][j] = random.nextGaussian() * (j + 1) + j;
      }
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        for (int j = 0; j < d; j++) {
          scores[k] += beta[k][j] * (x[i][j] - j) / (j + 1);
        }
        scores[k] = Math.exp(scores[k]);
        sum += scores[k];
      }
      double u = random.nextDouble() * sum;
      int k = 0;
      while (k < classes - 1 && (u -= scores[k]) > 0) {
        k++;
      }
      y[i] = k;
    }
    double[] w = new double[n];
    Arrays.fill(w, 1);
    return new Problem(x, y, w);
  }

  @Test
  void withoutInformativeColumnsTheFitIsTheClassFrequencies() {
    double[][] x = new double[10][1]; // one constant column
    int[] y = {0, 0, 0, 1, 1, 1, 1, 1, 1, 1};
    double[] w = new double[10];
    Arrays.fill(w, 1);
    RidgeLogistic model = RidgeLogistic.fit(x, y, w, 2, 1.0, null);
    assertThat(model.probabilities(new double[] {0})[0]).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void rawCoefficientsRoundTripAndTheFitIsStationary() {
    Problem p = problem(100, 3, 3, 5);
    RidgeLogistic model = RidgeLogistic.fit(p.x(), p.y(), p.w(), 3, 0.5, null);
    RidgeLogistic again = RidgeLogistic.fit(p.x(), p.y(), p.w(), 3, 0.5, model.rawCoefficients());
    double[][] a = model.rawCoefficients();
    double[][] b = again.rawCoefficients();
    for (int j = 0; j < a.length; j++) {
      for (int k = 0; k < a[j].length; k++) {
        assertThat(b[j][k]).isCloseTo(a[j][k], within(1e-8));
      }
    }
    // raw coefficients predict the same probabilities as the standardised model
    double[] row = p.x()[7];
    double[] scores = new double[3];
    for (int k = 0; k < 2; k++) {
      scores[k] = a[0][k];
      for (int j = 0; j < 3; j++) {
        scores[k] += a[j + 1][k] * row[j];
      }
    }
    double total = Math.exp(scores[0]) + Math.exp(scores[1]) + 1;
    assertThat(model.probabilities(row)[0]).isCloseTo(Math.exp(scores[0]) / total, within(1e-12));
  }

  @Test
  void binaryInfluenceAgreesWithLeaveOneOutRefits() {
    checkAgainstLeaveOneOut(problem(80, 3, 2, 1), 2, 1.0);
  }

  @Test
  void multinomialInfluenceAgreesWithLeaveOneOutRefits() {
    checkAgainstLeaveOneOut(problem(90, 2, 3, 2), 3, 0.5);
  }

  private static void checkAgainstLeaveOneOut(Problem p, int classes, double ridge) {
    RidgeLogistic model = RidgeLogistic.fit(p.x(), p.y(), p.w(), classes, ridge, null);
    LogisticInfluence influence = new LogisticInfluence(model, p.x(), p.y(), p.w());
    for (int test : new int[] {0, 1, 2}) {
      double[] xt = p.x()[test];
      int yt = p.y()[test];
      double[] predicted = influence.lossChangeIfRemoved(xt, yt);
      double base = model.loss(xt, yt);
      double[] actual = new double[p.x().length];
      for (int i = 0; i < actual.length; i++) {
        double[] w = p.w().clone();
        w[i] = 0;
        actual[i] = model.refit(p.x(), p.y(), w).loss(xt, yt) - base;
      }
      // over all rows, and on the 10 rows whose removal matters most
      assertThat(spearman(predicted, actual)).isGreaterThan(0.9);
      int[] top =
          IntStream.range(0, actual.length)
              .boxed()
              .sorted(Comparator.comparingDouble(i -> -Math.abs(actual[i])))
              .limit(10)
              .mapToInt(Integer::intValue)
              .toArray();
      double[] a = Arrays.stream(top).mapToDouble(i -> actual[i]).toArray();
      double[] b = Arrays.stream(top).mapToDouble(i -> predicted[i]).toArray();
      assertThat(spearman(b, a)).isGreaterThanOrEqualTo(0.8);
      // the most helpful row by influence is among the 3 most helpful by refit
      int bestPredicted = argMax(predicted);
      double[] sorted = actual.clone();
      Arrays.sort(sorted);
      assertThat(actual[bestPredicted]).isGreaterThanOrEqualTo(sorted[sorted.length - 3]);
    }
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = Arrays.stream(ra).average().orElse(0);
    double mb = Arrays.stream(rb).average().orElse(0);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (ra[i] - ma) * (rb[i] - mb);
      saa += (ra[i] - ma) * (ra[i] - ma);
      sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  private static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    for (int r = 0; r < order.length; r++) {
      ranks[order[r]] = r;
    }
    return ranks;
  }
}
