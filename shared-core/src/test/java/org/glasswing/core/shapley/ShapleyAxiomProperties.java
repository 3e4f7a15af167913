package org.glasswing.core.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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
 * The Shapley axioms on random models: each generated model is a random sum of pairwise products
 * and squashed terms over the first features, symmetric in features 0 and 1, and blind to its last
 * feature. Checked for every estimator.
 */
class ShapleyAxiomProperties {

  private static final EvaluationEngine ENGINE = EvaluationEngine.defaults().withThreads(1);

  @Property(tries = 40)
  void exactShapleyIsEfficientSymmetricAndGivesDummiesZero(
      @ForAll @IntRange(min = 3, max = 8) int features, @ForAll long seed) {
    RandomGame game = new RandomGame(features, seed);
    checkAxioms(game, new ExactShapley(Background.uniform(game.background)), 1e-9);
  }

  @Property(tries = 25)
  void samplingShapleyIsEfficientSymmetricAndGivesDummiesZero(
      @ForAll @IntRange(min = 3, max = 8) int features, @ForAll long seed) {
    RandomGame game = new RandomGame(features, seed);
    List<Explanation> explanations =
        new SamplingShapley(Background.uniform(game.background), 40 * features, seed)
            .explain(game.model, game.rows, TargetSelection.all(), ENGINE);
    for (Explanation e : explanations) {
      assertThat(ExactShapleyTest.sum(e.attributions()))
          .isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
      assertThat(e.attribution(features - 1)).isEqualTo(0.0);
      double[] errors = e.standardErrors().orElseThrow();
      assertThat(errors[features - 1]).isEqualTo(0.0);
      // Symmetric features: equal in expectation, so the gap stays within a few standard errors.
      double gap = Math.abs(e.attribution(0) - e.attribution(1));
      assertThat(gap).isLessThanOrEqualTo(5 * Math.hypot(errors[0], errors[1]) + 1e-12);
    }
  }

  @Property(tries = 25)
  void kernelShapIsExactlyEfficientAndGivesSymmetryAndDummiesWithinError(
      @ForAll @IntRange(min = 3, max = 8) int features, @ForAll long seed) {
    RandomGame game = new RandomGame(features, seed);
    int budget =
        Math.max(KernelShap.minimumBudget(features), Math.min(20 * features, 1 << features));
    List<Explanation> explanations =
        new KernelShap(Background.uniform(game.background), budget, seed)
            .explain(game.model, game.rows, TargetSelection.all(), ENGINE);
    for (Explanation e : explanations) {
      assertThat(ExactShapleyTest.sum(e.attributions()))
          .isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
      double[] errors = e.standardErrors().orElseThrow();
      // A regression over sampled coalitions gives a dummy zero only in expectation.
      assertThat(Math.abs(e.attribution(features - 1)))
          .isLessThanOrEqualTo(5 * errors[features - 1] + 1e-9);
      // Symmetric features: equal in expectation, so the gap stays within a few standard errors.
      double gap = Math.abs(e.attribution(0) - e.attribution(1));
      assertThat(gap).isLessThanOrEqualTo(5 * Math.hypot(errors[0], errors[1]) + 1e-9);
    }
  }

  @Property(tries = 10)
  void kernelShapWithEveryCoalitionIsExact(
      @ForAll @IntRange(min = 3, max = 8) int features, @ForAll long seed) {
    RandomGame game = new RandomGame(features, seed);
    checkAxioms(
        game, new KernelShap(Background.uniform(game.background), 1 << features, seed), 1e-9);
  }

  private static void checkAxioms(RandomGame game, Explainer explainer, double tolerance) {
    List<Explanation> explanations =
        explainer.explain(game.model, game.rows, TargetSelection.all(), ENGINE);
    for (Explanation e : explanations) {
      assertThat(ExactShapleyTest.sum(e.attributions()))
          .isCloseTo(e.prediction() - e.baseValue(), within(tolerance));
      assertThat(e.attribution(0)).isCloseTo(e.attribution(1), within(tolerance));
      assertThat(e.attribution(game.features - 1)).isCloseTo(0.0, within(tolerance));
    }
  }

  /**
   * A random three-class model, a background closed under swapping x0 and x1, and rows with x0 =
   * x1.
   */
  private static final class RandomGame {
    final int features;
    final Model model;
    final Dataset background;
    final Dataset rows;

    RandomGame(int features, long seed) {
      this.features = features;
      SplittableRandom random = new SplittableRandom(seed);
      Schema schema = Data.numericClassification(features, "a", "b", "c");
      int used = features - 1;
      double[][][] pair = new double[3][used][used];
      double[][] single = new double[3][used];
      for (int c = 0; c < 3; c++) {
        for (int i = 0; i < used; i++) {
          single[c][i] = random.nextDouble(-2, 2);
          for (int j = i + 1; j < used; j++) {
            pair[c][i][j] = random.nextDouble(-2, 2);
          }
        }
        // Symmetric in features 0 and 1.
        single[c][1] = single[c][0];
        for (int j = 2; j < used; j++) {
          pair[c][1][j] = pair[c][0][j];
        }
      }
      this.model =
          FunctionModel.softmax(
              schema,
              x -> {
                double[] scores = new double[3];
                for (int c = 0; c < 3; c++) {
                  for (int i = 0; i < used; i++) {
                    scores[c] += single[c][i] * Math.tanh(x[i]);
                    for (int j = i + 1; j < used; j++) {
                      scores[c] += pair[c][i][j] * x[i] * x[j];
                    }
                  }
                }
                return scores;
              });
      double[][] raw = Data.random(schema, 5, random.nextLong()).rows();
      double[][] closed = new double[raw.length * 2][];
      for (int r = 0; r < raw.length; r++) {
        closed[2 * r] = raw[r];
        double[] swapped = raw[r].clone();
        swapped[0] = raw[r][1];
        swapped[1] = raw[r][0];
        closed[2 * r + 1] = swapped;
      }
      this.background = new Dataset(schema, closed);
      double[][] explained = Data.random(schema, 2, random.nextLong()).rows();
      for (double[] row : explained) {
        row[1] = row[0];
      }
      this.rows = new Dataset(schema, explained);
    }
  }
}
