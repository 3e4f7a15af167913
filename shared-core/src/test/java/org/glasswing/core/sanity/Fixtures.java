package org.glasswing.core.sanity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.FunctionModel;

/** Synthetic models, a least-squares learner and a random explainer for the sanity tests. */
final class Fixtures {

  static final EvaluationEngine ONE_THREAD = EvaluationEngine.defaults().withThreads(1);

  private Fixtures() {}

  /** A linear regression model with intercept 0. */
  static Model linear(Schema schema, double[] beta) {
    double[] b = beta.clone();
    return FunctionModel.regression(
        schema,
        x -> {
          double y = 0;
          for (int j = 0; j < b.length; j++) {
            y += b[j] * x[j];
          }
          return y;
        });
  }

  /** Least squares with intercept on the inputs of a dataset; returns the coefficients. */
  static double[] leastSquares(Dataset data, double[] labels) {
    int p = data.schema().inputIndices().length;
    int d = p + 1;
    double[][] a = new double[d][d + 1];
    for (int r = 0; r < data.numRows(); r++) {
      double[] x = new double[d];
      x[0] = 1;
      for (int j = 0; j < p; j++) {
        x[j + 1] = data.value(r, j);
      }
      for (int i = 0; i < d; i++) {
        for (int k = 0; k < d; k++) {
          a[i][k] += x[i] * x[k];
        }
        a[i][d] += x[i] * labels[r];
      }
    }
    for (int c = 0; c < d; c++) {
      for (int r = c + 1; r < d; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k <= d; k++) {
          a[r][k] -= f * a[c][k];
        }
      }
    }
    double[] w = new double[d];
    for (int r = d - 1; r >= 0; r--) {
      double s = a[r][d];
      for (int k = r + 1; k < d; k++) {
        s -= a[r][k] * w[k];
      }
      w[r] = s / a[r][r];
    }
    return w;
  }

  /** A linear model with intercept: w[0] + sum w[j+1] x[j]. */
  static Model fitted(Schema schema, double[] w) {
    return FunctionModel.regression(
        schema,
        x -> {
          double y = w[0];
          for (int j = 1; j < w.length; j++) {
            y += w[j] * x[j - 1];
          }
          return y;
        });
  }

  /** Labels y = beta . x + noise for the rows of a dataset. */
  static double[] labels(Dataset data, double[] beta, double noise, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] y = new double[data.numRows()];
    for (int r = 0; r < y.length; r++) {
      for (int j = 0; j < beta.length; j++) {
        y[r] += beta[j] * data.value(r, j);
      }
      y[r] += noise * random.nextGaussian();
    }
    return y;
  }

  /** An "explainer" whose attributions are random numbers, for the no-signal baseline. */
  static Explainer randomExplainer(long seed) {
    return new Explainer() {
      @Override
      public String method() {
        return "random";
      }

      @Override
      public List<Explanation> explain(
          Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] predictions = model.predict(rows.rows());
        List<Explanation> out = new ArrayList<>();
        int n = model.schema().inputIndices().length;
        for (int r = 0; r < rows.numRows(); r++) {
          double[] a = new double[n];
          double[] v = new double[n];
          for (int j = 0; j < n; j++) {
            a[j] = random.nextGaussian();
            v[j] = rows.value(r, model.schema().inputIndices()[j]);
          }
          for (int t : targets.select(model.outputNames(), predictions[r])) {
            out.add(
                new Explanation(
                    r,
                    t,
                    model.outputNames().get(t),
                    0,
                    predictions[r][t],
                    model.schema().inputs(),
                    v,
                    a,
                    null,
                    "random",
                    java.util.Map.of()));
          }
        }
        return out;
      }
    };
  }
}
