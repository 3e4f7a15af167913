package org.glasswing.core.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class SamplingShapleyTest {

  private static final Schema SCHEMA = Data.numericClassification(7, "low", "high");
  private static final Model MODEL =
      FunctionModel.softmax(
          SCHEMA,
          x ->
              new double[] {
                0, 2 * x[0] * x[1] + Math.sin(2 * x[2]) - x[3] + 0.5 * x[4] * x[5] * x[6]
              });
  private static final Dataset BACKGROUND = Data.random(SCHEMA, 20, 5);
  private static final Dataset ROWS = Data.random(SCHEMA, 6, 6);

  @Test
  void everyEstimateIsExactlyEfficient() {
    for (Explanation e : explain(200, 1, EvaluationEngine.defaults())) {
      assertThat(ExactShapleyTest.sum(e.attributions()))
          .isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
    }
  }

  @Test
  void errorShrinksAsTheBudgetGrowsAndStaysWithinTheReportedError() {
    List<Explanation> exact =
        new ExactShapley(Background.uniform(BACKGROUND))
            .explain(MODEL, ROWS, TargetSelection.named("high"), EvaluationEngine.defaults());
    double small = meanAbsoluteError(exact, explain(50, 7, EvaluationEngine.defaults()));
    double large = meanAbsoluteError(exact, explain(5000, 7, EvaluationEngine.defaults()));
    assertThat(large).isLessThan(small / 4);

    int outside = 0;
    int total = 0;
    List<Explanation> estimates = explain(2000, 9, EvaluationEngine.defaults());
    for (int i = 0; i < exact.size(); i++) {
      double[] errors = estimates.get(i).standardErrors().orElseThrow();
      for (int f = 0; f < errors.length; f++) {
        total++;
        double z = Math.abs(estimates.get(i).attribution(f) - exact.get(i).attribution(f));
        if (z > 3 * errors[f] + 1e-12) {
          outside++;
        }
      }
    }
    // With honest standard errors, |error| > 3 SE happens for about 0.3% of estimates.
    assertThat(outside).isLessThanOrEqualTo(Math.max(1, total / 20));
  }

  @Test
  void sameSeedSameNumbersWhateverTheThreadCount() {
    List<Explanation> one = explain(300, 42, EvaluationEngine.defaults().withThreads(1));
    List<Explanation> two = explain(300, 42, EvaluationEngine.defaults().withThreads(2));
    List<Explanation> four =
        explain(300, 42, new EvaluationEngine(4, 37, (f, m) -> {}, () -> false));
    for (int i = 0; i < one.size(); i++) {
      assertThat(two.get(i).attributions()).containsExactly(one.get(i).attributions());
      assertThat(four.get(i).attributions()).containsExactly(one.get(i).attributions());
    }
    List<Explanation> otherSeed = explain(300, 43, EvaluationEngine.defaults().withThreads(1));
    assertThat(otherSeed.get(0).attributions()).isNotEqualTo(one.get(0).attributions());
  }

  @Test
  void theBudgetCountsCoalitionsEvaluated() {
    FunctionModel counting =
        FunctionModel.softmax(SCHEMA, x -> new double[] {0, x[0] + x[1] * x[2]});
    int budget = 2 + 10 * 6; // the empty and full coalitions, and ten orderings of 7 features
    new SamplingShapley(Background.uniform(BACKGROUND), budget, 1)
        .explain(
            counting,
            ROWS.select(new int[] {0}),
            TargetSelection.predicted(),
            EvaluationEngine.defaults());
    assertThat(counting.evaluations()).isEqualTo((long) budget * BACKGROUND.numRows());
  }

  @Test
  void tooSmallABudgetIsRefused() {
    assertThatThrownBy(() -> explain(7, 1, EvaluationEngine.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget of 7")
        .hasMessageContaining("at least 8");
  }

  private static List<Explanation> explain(int budget, long seed, EvaluationEngine engine) {
    return new SamplingShapley(Background.uniform(BACKGROUND), budget, seed)
        .explain(MODEL, ROWS, TargetSelection.named("high"), engine);
  }

  private static double meanAbsoluteError(List<Explanation> exact, List<Explanation> estimate) {
    double total = 0;
    int count = 0;
    for (int i = 0; i < exact.size(); i++) {
      for (int f = 0; f < exact.get(i).size(); f++) {
        total += Math.abs(exact.get(i).attribution(f) - estimate.get(i).attribution(f));
        count++;
      }
    }
    return total / count;
  }
}
