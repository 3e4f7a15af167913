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
    int budget = 2 + 10 * 6 + 5; // empty and full, five pairs of orderings of 7 features, 5 unused
    new SamplingShapley(Background.uniform(BACKGROUND), budget, 1)
        .explain(
            counting,
            ROWS.select(new int[] {0}),
            TargetSelection.predicted(),
            EvaluationEngine.defaults());
    assertThat(counting.evaluations()).isEqualTo((budget - 5L) * BACKGROUND.numRows());
  }

  @Test
  void tooSmallABudgetIsRefused() {
    assertThatThrownBy(() -> explain(13, 1, EvaluationEngine.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget of 13")
        .hasMessageContaining("at least 14 (one ordering and its reverse)");
    assertThat(explain(14, 1, EvaluationEngine.defaults()).get(0).settings())
        .containsEntry("orderings", "2");
  }

  @Test
  void antitheticPairsAreExactWhenTheModelHasOnlyPairwiseInteractions() {
    Schema schema = Data.numericRegression(8);
    Model model =
        FunctionModel.regression(
            schema,
            x -> Math.sin(3 * x[0] * x[1]) + x[2] * x[2] - 2 * x[3] * x[7] + Math.exp(x[6]));
    Dataset background = Data.random(schema, 10, 1);
    Dataset rows = Data.random(schema, 4, 2);
    List<Explanation> exact =
        new ExactShapley(Background.uniform(background))
            .explain(model, rows, TargetSelection.predicted(), EvaluationEngine.defaults());
    List<Explanation> sampled =
        new SamplingShapley(Background.uniform(background), 2 + 2 * 7, 5)
            .explain(model, rows, TargetSelection.predicted(), EvaluationEngine.defaults());
    for (int i = 0; i < exact.size(); i++) {
      assertThat(sampled.get(i).attributions())
          .containsExactly(exact.get(i).attributions(), within(1e-9));
    }
  }

  @Test
  void errorShrinksWithTheBudgetOnRandomModelsOfFourToTenFeatures() {
    for (int features = 4; features <= 10; features += 3) {
      RandomModels game = new RandomModels(features, 40 + features, 10, 4);
      Background background = Background.uniform(game.background);
      List<Explanation> exact =
          new ExactShapley(background)
              .explain(
                  game.model, game.rows, TargetSelection.named("yes"), EvaluationEngine.defaults());
      double small = 0;
      double large = 0;
      int outside = 0;
      for (long seed = 0; seed < 4; seed++) {
        small += RandomModels.meanAbsoluteError(exact, sampled(game, 10 * features, seed));
        List<Explanation> big = sampled(game, 160 * features, seed);
        large += RandomModels.meanAbsoluteError(exact, big);
        outside += RandomModels.outsideThreeErrors(exact, big);
      }
      assertThat(large).as("%d features", features).isLessThan(small / 2.5);
      assertThat(outside).as("%d features", features).isLessThanOrEqualTo(4 * 4 * features / 40);
    }
  }

  @Test
  void aToleranceStopsEarlyOnceEveryErrorIsBelowIt() {
    RandomModels game = new RandomModels(8, 5, 10, 4);
    List<Explanation> loose =
        new SamplingShapley(Background.uniform(game.background), 5000, 1)
            .withTolerance(0.01)
            .explain(game.model, game.rows, TargetSelection.all(), EvaluationEngine.defaults());
    for (Explanation e : loose) {
      int orderings = Integer.parseInt(e.settings().get("orderings"));
      assertThat(orderings).isLessThan(SamplingShapley.orderings(8, 5000)).isEven();
      assertThat(e.settings()).containsEntry("tolerance", "0.01");
      for (double se : e.standardErrors().orElseThrow()) {
        assertThat(se).isLessThan(0.01);
      }
    }
    List<Explanation> tight =
        new SamplingShapley(Background.uniform(game.background), 500, 1e-9, 1)
            .explain(game.model, game.rows, TargetSelection.all(), EvaluationEngine.defaults());
    assertThat(tight.get(0).settings())
        .containsEntry("orderings", Integer.toString(SamplingShapley.orderings(8, 500)));
  }

  private static List<Explanation> sampled(RandomModels game, int budget, long seed) {
    return new SamplingShapley(Background.uniform(game.background), budget, seed)
        .explain(game.model, game.rows, TargetSelection.named("yes"), EvaluationEngine.defaults());
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
