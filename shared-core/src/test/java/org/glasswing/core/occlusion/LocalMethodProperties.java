package org.glasswing.core.occlusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeMode;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;

/** Invariants of occlusion and LIME on random models whose answers are known in closed form. */
class LocalMethodProperties {

  private static final EvaluationEngine ONE_THREAD = EvaluationEngine.defaults().withThreads(1);

  /**
   * For an additive model f(x) = Σ g_j(x_j), occluding one feature removes exactly its own term, so
   * the attributions add up to prediction − base value and a feature the model ignores gets 0.
   */
  @Property(tries = 30)
  void occlusionOfAnAdditiveModelIsEfficientAndIgnoresDummies(
      @ForAll @IntRange(min = 2, max = 7) int features, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] a = new double[features];
    double[] b = new double[features];
    int dummy = random.nextInt(features);
    for (int j = 0; j < features; j++) {
      a[j] = j == dummy ? 0 : random.nextDouble(-2, 2);
      b[j] = j == dummy ? 0 : random.nextDouble(-2, 2);
    }
    Schema schema = Data.numericRegression(features);
    FunctionModel additive =
        FunctionModel.regression(
            schema,
            x -> {
              double y = 0;
              for (int j = 0; j < features; j++) {
                y += a[j] * x[j] + b[j] * Math.sin(3 * x[j]);
              }
              return y;
            });
    Background background = Background.uniform(Data.random(schema, 9, seed + 1));
    Dataset rows = Data.random(schema, 2, seed + 2);

    for (Explanation e :
        new Occlusion(background).explain(additive, rows, TargetSelection.all(), ONE_THREAD)) {
      double sum = 0;
      for (double attribution : e.attributions()) {
        sum += attribution;
      }
      assertThat(sum).isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
      assertThat(e.attribution(dummy)).isCloseTo(0, within(1e-12));
    }
  }

  /**
   * Continuous LIME with every feature allowed fits any linear model exactly: fidelity 1 and the
   * surrogate reproduces the prediction.
   */
  @Property(tries = 15)
  void continuousLimeFitsAnyLinearModelExactly(
      @ForAll @IntRange(min = 1, max = 6) int features, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] beta = new double[features];
    for (int j = 0; j < features; j++) {
      beta[j] = random.nextDouble(-3, 3);
    }
    Schema schema = Data.numericRegression(features);
    FunctionModel linear =
        FunctionModel.regression(
            schema,
            x -> {
              double y = 0.5;
              for (int j = 0; j < features; j++) {
                y += beta[j] * x[j];
              }
              return y;
            });
    Dataset training = Data.random(schema, 50, seed + 1);

    Explanation e =
        new Lime(training, LimeMode.CONTINUOUS, 200, Double.NaN, features, seed)
            .explain(linear, Data.random(schema, 1, seed + 2), TargetSelection.all(), ONE_THREAD)
            .get(0);

    assertThat(e.extras().get(Lime.FIDELITY)).isCloseTo(1, within(1e-9));
    assertThat(e.extras().get(Lime.LOCAL_PREDICTION)).isCloseTo(e.prediction(), within(1e-8));
  }
}
