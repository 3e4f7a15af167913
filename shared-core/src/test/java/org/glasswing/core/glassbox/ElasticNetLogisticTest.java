package org.glasswing.core.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;
import org.junit.jupiter.api.Test;

/** The coordinate-descent path against its optimality conditions and closed forms. */
class ElasticNetLogisticTest {

  /** Standardised columns {@code [p][n]} and 0/1 responses from a logistic model with beta. */
  static double[][][] logisticData(int n, double[] beta, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int p = beta.length;
    double[][] x = new double[p][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double eta = 0.3;
      for (int j = 0; j < p; j++) {
        x[j][i] = random.nextGaussian();
        eta += beta[j] * x[j][i];
      }
      y[i] = random.nextDouble() < ElasticNetLogistic.sigmoid(eta) ? 1 : 0;
    }
    return new double[][][] {x, {y}};
  }

  private static double[] gradient(double[][] x, double[] y, LogisticPath path, int step) {
    int n = y.length;
    double[] g = new double[x.length + 1];
    double[] row = new double[x.length];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < x.length; j++) {
        row[j] = x[j][i];
      }
      double resid = y[i] - ElasticNetLogistic.sigmoid(path.score(step, row));
      for (int j = 0; j < x.length; j++) {
        g[j] += x[j][i] * resid / n;
      }
      g[x.length] += resid / n;
    }
    return g;
  }

  @Test
  void everyStepMeetsTheKktConditions() {
    for (double alpha : new double[] {1.0, 0.5}) {
      double[][][] d = logisticData(300, new double[] {1.2, -0.8, 0, 0, 0.4, 0, 0, 0}, 11);
      double[][] x = d[0];
      double[] y = d[1][0];
      double[] lambdas =
          ElasticNetLogistic.logSpaced(ElasticNetLogistic.lambdaMax(x, y, alpha), 1e-3, 40);
      LogisticPath path = ElasticNetLogistic.fit(x, y, alpha, lambdas, CancellationToken.NONE);
      for (int s = 0; s < path.steps(); s++) {
        double[] g = gradient(x, y, path, s);
        double[] b = path.beta(s);
        double l1 = lambdas[s] * alpha;
        double l2 = lambdas[s] * (1 - alpha);
        assertThat(g[x.length]).as("intercept, step %d", s).isCloseTo(0, within(1e-6));
        for (int j = 0; j < b.length; j++) {
          if (b[j] == 0) {
            assertThat(Math.abs(g[j]))
                .as("zero %d at step %d", j, s)
                .isLessThanOrEqualTo(l1 + 1e-6);
          } else {
            assertThat(g[j] - l2 * b[j])
                .as("active %d at step %d", j, s)
                .isCloseTo(l1 * Math.signum(b[j]), within(1e-6));
          }
        }
      }
      assertThat(path.kept(0)).isZero();
      assertThat(path.kept(path.steps() - 1)).isEqualTo(8);
    }
  }

  @Test
  void justBelowLambdaMaxOneCoefficientEnters() {
    double[][][] d = logisticData(200, new double[] {1.5, 0.2, 0}, 3);
    double max = ElasticNetLogistic.lambdaMax(d[0], d[1][0], 1);
    LogisticPath path =
        ElasticNetLogistic.fit(
            d[0], d[1][0], 1, new double[] {max, 0.97 * max}, CancellationToken.NONE);
    assertThat(path.kept(0)).isZero();
    assertThat(path.kept(1)).isEqualTo(1);
    assertThat(path.beta(1)[0]).isPositive();
  }

  @Test
  void lambdaNearZeroIsTheUnpenalisedMaximumLikelihood() {
    double[][][] d = logisticData(400, new double[] {1.0, -0.7, 0.3}, 5);
    double[][] x = d[0];
    double[] y = d[1][0];
    double max = ElasticNetLogistic.lambdaMax(x, y, 1);
    LogisticPath path =
        ElasticNetLogistic.fit(
            x, y, 1, ElasticNetLogistic.logSpaced(max, 1e-7, 30), CancellationToken.NONE);
    double[] mle = newton(x, y);
    double[] b = path.beta(path.steps() - 1);
    for (int j = 0; j < b.length; j++) {
      assertThat(b[j]).as("coefficient %d", j).isCloseTo(mle[j], within(1e-4));
    }
    assertThat(path.intercept(path.steps() - 1)).isCloseTo(mle[b.length], within(1e-4));
  }

  /** The two-group design x = +-1 (equal halves): the lasso soft-thresholds the rate gap. */
  @Test
  void aBalancedTwoGroupDesignSoftThresholdsTheGap() {
    int half = 200;
    double a = 0.7;
    double c = 0.4;
    double[][] x = new double[1][2 * half];
    double[] y = new double[2 * half];
    for (int i = 0; i < 2 * half; i++) {
      boolean plus = i < half;
      x[0][i] = plus ? 1 : -1;
      int within = plus ? i : i - half;
      y[i] = within < (plus ? a : c) * half ? 1 : 0;
    }
    double max = ElasticNetLogistic.lambdaMax(x, y, 1);
    assertThat(max).isCloseTo((a - c) / 2, within(1e-12));
    double[] lambdas = {0.16, 0.12, 0.05, 0.01, 0.001};
    LogisticPath path = ElasticNetLogistic.fit(x, y, 1, lambdas, CancellationToken.NONE);
    for (int s = 0; s < lambdas.length; s++) {
      double l = lambdas[s];
      double expected = a - c > 2 * l ? (logit(a - l) - logit(c + l)) / 2 : 0;
      assertThat(path.beta(s)[0]).as("lambda %s", l).isCloseTo(expected, within(1e-7));
    }
    assertThat(path.beta(0)[0]).isZero();
  }

  @Test
  void theSoftThresholdShrinksTowardsZero() {
    assertThat(ElasticNetLogistic.softThreshold(2.5, 1)).isEqualTo(1.5);
    assertThat(ElasticNetLogistic.softThreshold(-2.5, 1)).isEqualTo(-1.5);
    assertThat(ElasticNetLogistic.softThreshold(0.5, 1)).isZero();
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  /** Newton-Raphson for the unpenalised logistic MLE; returns the betas then the intercept. */
  static double[] newton(double[][] x, double[] y) {
    int p = x.length;
    int n = y.length;
    double[] theta = new double[p + 1];
    for (int it = 0; it < 50; it++) {
      double[] g = new double[p + 1];
      double[][] h = new double[p + 1][p + 1];
      for (int i = 0; i < n; i++) {
        double[] z = new double[p + 1];
        for (int j = 0; j < p; j++) {
          z[j] = x[j][i];
        }
        z[p] = 1;
        double eta = 0;
        for (int j = 0; j <= p; j++) {
          eta += theta[j] * z[j];
        }
        double mu = ElasticNetLogistic.sigmoid(eta);
        for (int j = 0; j <= p; j++) {
          g[j] += (y[i] - mu) * z[j];
          for (int k = 0; k <= p; k++) {
            h[j][k] += mu * (1 - mu) * z[j] * z[k];
          }
        }
      }
      double[] step = solve(h, g);
      for (int j = 0; j <= p; j++) {
        theta[j] += step[j];
      }
    }
    return theta;
  }

  private static double[] solve(double[][] a, double[] b) {
    int m = b.length;
    double[][] m2 = new double[m][m + 1];
    for (int i = 0; i < m; i++) {
      System.arraycopy(a[i], 0, m2[i], 0, m);
      m2[i][m] = b[i];
    }
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(m2[r][col]) > Math.abs(m2[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m2[col];
      m2[col] = m2[pivot];
      m2[pivot] = t;
      for (int r = 0; r < m; r++) {
        if (r != col) {
          double f = m2[r][col] / m2[col][col];
          for (int k = col; k <= m; k++) {
            m2[r][k] -= f * m2[col][k];
          }
        }
      }
    }
    double[] out = new double[m];
    for (int i = 0; i < m; i++) {
      out[i] = m2[i][m] / m2[i][i];
    }
    return out;
  }
}
