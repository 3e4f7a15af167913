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

class KernelShapTest {

  private static final EvaluationEngine ONE_THREAD = EvaluationEngine.defaults().withThreads(1);

  @Test
  void aBudgetOfEveryCoalitionReproducesExactShapley() {
    for (int features : new int[] {4, 6, 9}) {
      RandomModels game = new RandomModels(features, 100 + features, 12, 3);
      Background background = Background.uniform(game.background);
      List<Explanation> exact =
          new ExactShapley(background)
              .explain(game.model, game.rows, TargetSelection.all(), ONE_THREAD);
      for (int budget : new int[] {1 << features, (1 << features) + 7}) {
        List<Explanation> kernel =
            new KernelShap(background, budget, 1)
                .explain(game.model, game.rows, TargetSelection.all(), ONE_THREAD);
        for (int i = 0; i < exact.size(); i++) {
          assertThat(kernel.get(i).attributions())
              .as("%d features, budget %d", features, budget)
              .containsExactly(exact.get(i).attributions(), within(1e-9));
          assertThat(kernel.get(i).standardErrors().orElseThrow()).containsOnly(0.0);
          assertThat(kernel.get(i).settings())
              .containsEntry("coalitions", Integer.toString(1 << features));
        }
      }
    }
  }

  @Test
  void everyEstimateIsExactlyEfficient() {
    for (int features = 4; features <= 10; features++) {
      RandomModels game = new RandomModels(features, features, 10, 3);
      for (Explanation e :
          new KernelShap(Background.uniform(game.background), 2 * features + 10, 3)
              .explain(game.model, game.rows, TargetSelection.all(), ONE_THREAD)) {
        assertThat(ExactShapleyTest.sum(e.attributions()))
            .isCloseTo(e.prediction() - e.baseValue(), within(1e-10));
      }
    }
  }

  @Test
  void errorShrinksAsTheBudgetGrowsAndStaysWithinTheReportedError() {
    RandomModels game = new RandomModels(10, 7, 15, 8);
    Background background = Background.uniform(game.background);
    List<Explanation> exact =
        new ExactShapley(background)
            .explain(game.model, game.rows, TargetSelection.named("yes"), ONE_THREAD);
    double[] errors = new double[3];
    int[] budgets = {40, 160, 640};
    for (int b = 0; b < budgets.length; b++) {
      for (long seed = 0; seed < 5; seed++) {
        errors[b] += RandomModels.meanAbsoluteError(exact, explain(game, budgets[b], seed));
      }
    }
    assertThat(errors[1]).isLessThan(errors[0] * 0.75);
    assertThat(errors[2]).isLessThan(errors[1] * 0.75);

    int outside = 0;
    int total = 0;
    for (int budget : new int[] {100, 300}) {
      for (long seed = 10; seed < 15; seed++) {
        outside += RandomModels.outsideThreeErrors(exact, explain(game, budget, seed));
        total += exact.size() * game.features;
      }
    }
    // With honest standard errors, |error| > 3 SE happens for well under 1% of estimates.
    assertThat(outside).isLessThanOrEqualTo(total / 40);
  }

  @Test
  void pairedSamplingIsExactWhenTheModelHasOnlyPairwiseInteractions() {
    Schema schema = Data.numericRegression(9);
    Model model =
        FunctionModel.regression(
            schema,
            x -> Math.sin(3 * x[0] * x[1]) + x[2] * x[2] - 2 * x[3] * x[7] + Math.exp(x[8]));
    Dataset background = Data.random(schema, 10, 1);
    Dataset rows = Data.random(schema, 4, 2);
    List<Explanation> exact =
        new ExactShapley(Background.uniform(background))
            .explain(model, rows, TargetSelection.predicted(), ONE_THREAD);
    List<Explanation> kernel =
        new KernelShap(Background.uniform(background), 40, 5)
            .explain(model, rows, TargetSelection.predicted(), ONE_THREAD);
    for (int i = 0; i < exact.size(); i++) {
      assertThat(kernel.get(i).attributions())
          .containsExactly(exact.get(i).attributions(), within(1e-9));
    }
  }

  @Test
  void sameSeedSameNumbersWhateverTheThreadCountAndBatchSize() {
    RandomModels game = new RandomModels(8, 3, 10, 6);
    List<Explanation> one = explain(game, 150, 42, ONE_THREAD);
    List<Explanation> again = explain(game, 150, 42, ONE_THREAD);
    List<Explanation> two = explain(game, 150, 42, EvaluationEngine.defaults().withThreads(2));
    List<Explanation> four =
        explain(game, 150, 42, new EvaluationEngine(4, 37, (f, m) -> {}, () -> false));
    for (int i = 0; i < one.size(); i++) {
      assertThat(again.get(i).attributions()).containsExactly(one.get(i).attributions());
      assertThat(two.get(i).attributions()).containsExactly(one.get(i).attributions());
      assertThat(four.get(i).attributions()).containsExactly(one.get(i).attributions());
      assertThat(four.get(i).standardErrors().orElseThrow())
          .containsExactly(one.get(i).standardErrors().orElseThrow());
    }
    assertThat(explain(game, 150, 43, ONE_THREAD).get(0).attributions())
        .isNotEqualTo(one.get(0).attributions());
  }

  @Test
  void theBudgetCountsDistinctCoalitionsEvaluated() {
    RandomModels game = new RandomModels(7, 9, 10, 1);
    for (int budget : new int[] {16, 17, 60, 128, 500}) {
      FunctionModel counting =
          FunctionModel.softmax(game.schema, x -> new double[] {0, x[0] * x[1] * x[2] + x[3]});
      Explanation e =
          new KernelShap(Background.uniform(game.background), budget, 1)
              .explain(counting, game.rows, TargetSelection.predicted(), ONE_THREAD)
              .get(0);
      // An odd remainder stays unused: sampled coalitions come in pairs; at most 2^7 exist.
      int used = Math.min(128, budget - budget % 2);
      assertThat(counting.evaluations()).as("budget %d", budget).isEqualTo(used * 10L);
      assertThat(e.settings())
          .containsEntry("budget", Integer.toString(budget))
          .containsEntry("coalitions", Integer.toString(used));
    }
  }

  @Test
  void tooSmallABudgetIsRefusedWithTheMinimum() {
    Schema schema = Data.numericRegression(5);
    Model model = FunctionModel.regression(schema, x -> x[0]);
    assertThatThrownBy(
            () ->
                new KernelShap(Background.uniform(Data.random(schema, 3, 1)), 10, 1)
                    .explain(
                        model, Data.random(schema, 1, 2), TargetSelection.predicted(), ONE_THREAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a budget of 10 is too small for 5 features: kernel-shap needs at least 12");
    assertThat(KernelShap.minimumBudget(5)).isEqualTo(12);
    assertThat(KernelShap.defaultBudget(5)).isEqualTo(2058);
    assertThatThrownBy(
            () -> new KernelShap(Background.uniform(Data.random(schema, 3, 1)), 50, -1, 1))
        .hasMessageContaining("tolerance");
  }

  @Test
  void oneAndTwoFeaturesAreExact() {
    for (int features = 1; features <= 3; features++) {
      Schema schema = Data.numericClassification(features, "a", "b");
      Model model =
          FunctionModel.softmax(
              schema,
              x -> {
                double score = x[0];
                for (int i = 1; i < x.length - 1; i++) {
                  score *= 1 + x[i];
                }
                return new double[] {0, score};
              });
      Background background = Background.uniform(Data.random(schema, 6, features));
      Dataset rows = Data.random(schema, 3, 10 + features);
      assertThat(KernelShap.minimumBudget(features)).isEqualTo(1 << features);
      List<Explanation> exact =
          new ExactShapley(background).explain(model, rows, TargetSelection.all(), ONE_THREAD);
      List<Explanation> kernel =
          new KernelShap(background, KernelShap.minimumBudget(features), 1)
              .explain(model, rows, TargetSelection.all(), ONE_THREAD);
      for (int i = 0; i < exact.size(); i++) {
        assertThat(kernel.get(i).attributions())
            .containsExactly(exact.get(i).attributions(), within(1e-12));
      }
    }
  }

  @Test
  void aToleranceStopsEarlyOnceEveryErrorIsBelowIt() {
    RandomModels game = new RandomModels(10, 5, 10, 4);
    Background background = Background.uniform(game.background);
    List<Explanation> loose =
        new KernelShap(background, 1000, 0.01, 1)
            .explain(game.model, game.rows, TargetSelection.all(), ONE_THREAD);
    List<Explanation> tight =
        new KernelShap(background, 1000, 1e-9, 1)
            .explain(game.model, game.rows, TargetSelection.all(), ONE_THREAD);
    for (Explanation e : loose) {
      int used = Integer.parseInt(e.settings().get("coalitions"));
      assertThat(used).isLessThan(1000);
      assertThat(e.settings()).containsEntry("tolerance", "0.01");
      for (double se : e.standardErrors().orElseThrow()) {
        assertThat(se).isLessThan(0.01);
      }
    }
    for (Explanation e : tight) {
      assertThat(e.settings()).containsEntry("coalitions", "1000");
    }
  }

  private static List<Explanation> explain(
      RandomModels game, int budget, long seed, EvaluationEngine engine) {
    return new KernelShap(Background.uniform(game.background), budget, seed)
        .explain(game.model, game.rows, TargetSelection.named("yes"), engine);
  }

  private static List<Explanation> explain(RandomModels game, int budget, long seed) {
    return explain(game, budget, seed, ONE_THREAD);
  }
}
