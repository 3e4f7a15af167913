package org.glasswing.core.shapley;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;

/**
 * Accuracy of KernelSHAP and sampling Shapley against exact Shapley values, printed, not asserted.
 *
 * <p>Task: the analytic Friedman-1 function f(x) = 10 sin(π x0 x1) + 20 (x2 − 0.5)² + 10 x3 + 5 x4
 * on 16 features (x0..x9 as in the Friedman benchmark, all uniform on (0,1), plus 6 uniform noise
 * columns), 100 background rows, 20 explained rows, 10 seeds per budget; mean absolute error over
 * all 16 × 20 attributions, averaged over seeds; in brackets the share of attributions more than
 * three reported standard errors from the exact value ("no SE" when too few antithetic pairs were
 * sampled to estimate one).
 *
 * <p>Two models: the regression f itself, and the class probability P(y > 14.12 | x) = Φ(f(x) −
 * 14.12) of the benchmark's classification task (y = f + N(0,1) noise, label = y above its median).
 * The regression has a single pairwise interaction (x0 with x1), which paired and antithetic
 * sampling resolve exactly; the probability has interactions of every order among x0..x4, so it is
 * the informative case. Exact values: closed form for the regression, all 2<sup>16</sup> coalitions
 * evaluated directly for the probability, and once through {@link ExactShapley} as a cross-check.
 *
 * <p>Run: {@code mvn -q -o -pl shared-core test-compile} then {@code java -cp
 * shared-core/target/classes:shared-core/target/test-classes
 * org.glasswing.core.shapley.AccuracyStudy [seeds]}.
 */
public final class AccuracyStudy {

  private static final int FEATURES = 16;
  private static final int BACKGROUND = 100;
  private static final int EXPLAINED = 20;
  private static final int[] BUDGETS = {64, 128, 256, 512};
  private static final double MEDIAN = 14.12;

  private AccuracyStudy() {}

  /**
   * Prints the study.
   *
   * @param args optionally the number of seeds (default 10)
   */
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Schema schema = Data.numericRegression(FEATURES);
    Dataset background = uniform(schema, BACKGROUND, 1);
    Dataset rows = uniform(schema, EXPLAINED, 2);
    Background weights = Background.uniform(background);
    EvaluationEngine engine = EvaluationEngine.defaults().withThreads(1);

    Model regression = FunctionModel.regression(schema, AccuracyStudy::friedman);
    Model probability = FunctionModel.regression(schema, x -> normalCdf(friedman(x) - MEDIAN));
    double[][] exactRegression = new double[EXPLAINED][];
    double[][] exactProbability = new double[EXPLAINED][];
    for (int r = 0; r < EXPLAINED; r++) {
      exactRegression[r] = closedForm(rows.row(r), background);
      exactProbability[r] = direct(rows.row(r), background, x -> normalCdf(friedman(x) - MEDIAN));
    }
    crossCheck(regression, probability, rows, weights, exactRegression, exactProbability, engine);

    System.out.printf(
        Locale.ROOT,
        "Friedman-1, %d features, %d background rows, %d rows, %d seeds: mean |error| vs exact"
            + " (and share of |error| > 3 SE)%n",
        FEATURES,
        BACKGROUND,
        EXPLAINED,
        seeds);
    System.out.printf(Locale.ROOT, "%-34s", "budget (coalitions)");
    for (int budget : BUDGETS) {
      System.out.printf(Locale.ROOT, "%18d", budget);
    }
    System.out.println();
    for (String model : new String[] {"regression f", "probability"}) {
      for (String method : new String[] {KernelShap.METHOD, SamplingShapley.METHOD}) {
        System.out.printf(Locale.ROOT, "%-34s", model + ", " + method);
        for (int budget : BUDGETS) {
          double error = 0;
          int outside = 0;
          int unknown = 0;
          int total = 0;
          for (long seed = 0; seed < seeds; seed++) {
            Explainer explainer =
                method.equals(KernelShap.METHOD)
                    ? new KernelShap(weights, budget, seed)
                    : new SamplingShapley(weights, budget, seed);
            boolean isRegression = model.startsWith("regression");
            List<Explanation> estimates =
                explainer.explain(
                    isRegression ? regression : probability,
                    rows,
                    TargetSelection.predicted(),
                    engine);
            double[][] exact = isRegression ? exactRegression : exactProbability;
            for (Explanation e : estimates) {
              double[] errors = e.standardErrors().orElseThrow();
              for (int f = 0; f < FEATURES; f++) {
                double gap = Math.abs(e.attribution(f) - exact[e.row()][f]);
                error += gap;
                total++;
                if (Double.isNaN(errors[f])) {
                  unknown++;
                } else if (gap > 3 * errors[f] + 1e-12) {
                  outside++;
                }
              }
            }
          }
          String share =
              unknown == total
                  ? "no SE"
                  : String.format(Locale.ROOT, "%4.1f%%", 100.0 * outside / (total - unknown));
          System.out.printf(Locale.ROOT, "%11.2e (%5s)", error / total, share);
        }
        System.out.println();
      }
    }
  }

  static double friedman(double[] x) {
    return 10 * Math.sin(Math.PI * x[0] * x[1])
        + 20 * (x[2] - 0.5) * (x[2] - 0.5)
        + 10 * x[3]
        + 5 * x[4];
  }

  /** Φ, by the complementary error function of Numerical Recipes (error below 1.2e-7). */
  static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * x);
    double erfc =
        t
            * Math.exp(
                -x * x
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
  }

  private static Dataset uniform(Schema schema, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[count][schema.size()];
    for (double[] row : values) {
      for (int c = 0; c < FEATURES; c++) {
        row[c] = random.nextDouble();
      }
      row[FEATURES] = Double.NaN;
    }
    return new Dataset(schema, values);
  }

  /** Exact values of f: the additive terms directly, the x0·x1 term split by its four values. */
  private static double[] closedForm(double[] x, Dataset background) {
    double[] phi = new double[FEATURES];
    int n = background.numRows();
    double h11 = 10 * Math.sin(Math.PI * x[0] * x[1]);
    double h10 = 0;
    double h01 = 0;
    double h00 = 0;
    for (int b = 0; b < n; b++) {
      double[] z = background.row(b);
      h10 += 10 * Math.sin(Math.PI * x[0] * z[1]) / n;
      h01 += 10 * Math.sin(Math.PI * z[0] * x[1]) / n;
      h00 += 10 * Math.sin(Math.PI * z[0] * z[1]) / n;
      phi[2] -= 20 * (z[2] - 0.5) * (z[2] - 0.5) / n;
      phi[3] -= 10 * z[3] / n;
      phi[4] -= 5 * z[4] / n;
    }
    phi[0] = 0.5 * ((h10 - h00) + (h11 - h01));
    phi[1] = 0.5 * ((h01 - h00) + (h11 - h10));
    phi[2] += 20 * (x[2] - 0.5) * (x[2] - 0.5);
    phi[3] += 10 * x[3];
    phi[4] += 5 * x[4];
    return phi;
  }

  /** Exact values by evaluating every coalition directly, without the engine. */
  private static double[] direct(double[] x, Dataset background, ToDoubleFunction<double[]> f) {
    int coalitions = 1 << FEATURES;
    double[] value = new double[coalitions];
    double[][] rows = background.rows();
    double[] row = new double[FEATURES + 1];
    for (int mask = 0; mask < coalitions; mask++) {
      double total = 0;
      for (double[] z : rows) {
        for (int p = 0; p < FEATURES; p++) {
          row[p] = (mask & (1 << p)) != 0 ? x[p] : z[p];
        }
        total += f.applyAsDouble(row);
      }
      value[mask] = total / rows.length;
    }
    double[] weights = ExactShapley.weights(FEATURES);
    double[] phi = new double[FEATURES];
    for (int mask = 0; mask < coalitions; mask++) {
      double weight = weights[Math.min(Integer.bitCount(mask), FEATURES - 1)];
      for (int p = 0; p < FEATURES; p++) {
        if ((mask & (1 << p)) == 0) {
          phi[p] += weight * (value[mask | (1 << p)] - value[mask]);
        }
      }
    }
    return phi;
  }

  private static void crossCheck(
      Model regression,
      Model probability,
      Dataset rows,
      Background background,
      double[][] exactRegression,
      double[][] exactProbability,
      EvaluationEngine engine) {
    Dataset first = rows.select(new int[] {0});
    ExactShapley exact = new ExactShapley(background);
    double gap = 0;
    Explanation r = exact.explain(regression, first, TargetSelection.predicted(), engine).get(0);
    Explanation p = exact.explain(probability, first, TargetSelection.predicted(), engine).get(0);
    for (int f = 0; f < FEATURES; f++) {
      gap = Math.max(gap, Math.abs(r.attribution(f) - exactRegression[0][f]));
      gap = Math.max(gap, Math.abs(p.attribution(f) - exactProbability[0][f]));
    }
    System.out.printf(
        Locale.ROOT, "cross-check against exact-shapley on row 0: largest gap %.2e%n", gap);
    if (gap > 1e-9) {
      throw new IllegalStateException("the reference values disagree with exact-shapley");
    }
  }
}
