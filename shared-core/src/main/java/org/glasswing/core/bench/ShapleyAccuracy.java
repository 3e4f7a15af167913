package org.glasswing.core.bench;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;

/**
 * How close KernelSHAP and sampling Shapley come to the exact Shapley values at given budgets: the
 * mean absolute error over every attribution of every explained row (the model's first output),
 * averaged over seeds, and the share of attributions more than three reported standard errors from
 * the exact value (a check that the error bars are honest).
 */
public final class ShapleyAccuracy {

  /** The estimators measured, by method name. */
  public static final List<String> METHODS = List.of(KernelShap.METHOD, SamplingShapley.METHOD);

  /**
   * One estimator at one budget.
   *
   * @param method {@code kernel-shap} or {@code sampling-shapley}
   * @param budget the coalitions evaluated per row
   * @param meanAbsoluteError the mean |estimate − exact| over rows, features and seeds
   * @param beyondThreeErrors the share of attributions more than three standard errors from the
   *     exact value, among those with a standard error; NaN when none had one
   */
  public record Cell(
      String method, int budget, double meanAbsoluteError, double beyondThreeErrors) {}

  private ShapleyAccuracy() {}

  /**
   * The exact Shapley values of the model's first output, by {@link ExactShapley}.
   *
   * @param model the model
   * @param rows the explained rows
   * @param background the background
   * @param engine runs the evaluations
   * @return one array of values per row, in input order
   */
  public static double[][] exact(
      Model model, Dataset rows, Background background, EvaluationEngine engine) {
    return values(new ExactShapley(background).explain(model, rows, first(model), engine));
  }

  /**
   * Measures both estimators at every budget.
   *
   * @param model the model
   * @param rows the explained rows
   * @param background the background
   * @param exact the exact values, one array per row (from {@link #exact} or a closed form)
   * @param budgets the budgets, each at least the estimators' minimum for the number of inputs
   * @param seeds the number of seeds (0, 1, ...) per budget, at least 1
   * @param engine runs the evaluations
   * @return one cell per method and budget, methods in the order of {@link #METHODS}
   */
  public static List<Cell> measure(
      Model model,
      Dataset rows,
      Background background,
      double[][] exact,
      int[] budgets,
      int seeds,
      EvaluationEngine engine) {
    if (seeds < 1) {
      throw new IllegalArgumentException("the number of seeds must be at least 1, got " + seeds);
    }
    if (exact.length != rows.numRows()) {
      throw new IllegalArgumentException(
          "exact values for " + exact.length + " rows, but " + rows.numRows() + " rows");
    }
    List<Cell> cells = new ArrayList<>();
    for (String method : METHODS) {
      for (int budget : budgets) {
        double error = 0;
        int outside = 0;
        int withError = 0;
        int total = 0;
        for (long seed = 0; seed < seeds; seed++) {
          Explainer explainer =
              method.equals(KernelShap.METHOD)
                  ? new KernelShap(background, budget, seed)
                  : new SamplingShapley(background, budget, seed);
          for (Explanation e : explainer.explain(model, rows, first(model), engine)) {
            double[] errors = e.standardErrors().orElseThrow();
            for (int f = 0; f < e.size(); f++) {
              double gap = Math.abs(e.attribution(f) - exact[e.row()][f]);
              error += gap;
              total++;
              if (!Double.isNaN(errors[f])) {
                withError++;
                if (gap > 3 * errors[f] + 1e-12) {
                  outside++;
                }
              }
            }
          }
        }
        cells.add(
            new Cell(
                method,
                budget,
                error / total,
                withError == 0 ? Double.NaN : (double) outside / withError));
      }
    }
    return cells;
  }

  private static TargetSelection first(Model model) {
    return TargetSelection.named(model.outputNames().get(0));
  }

  private static double[][] values(List<Explanation> explanations) {
    double[][] values = new double[explanations.size()][];
    for (Explanation e : explanations) {
      values[e.row()] = e.attributions();
    }
    return values;
  }
}
