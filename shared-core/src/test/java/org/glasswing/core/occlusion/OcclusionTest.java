package org.glasswing.core.occlusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class OcclusionTest {

  private static final double[] BETA = {2, -1, 0.5, 3};
  private static final Schema SCHEMA = Data.numericRegression(BETA.length);
  private static final FunctionModel LINEAR =
      FunctionModel.regression(
          SCHEMA,
          x -> {
            double y = 1;
            for (int j = 0; j < BETA.length; j++) {
              y += BETA[j] * x[j];
            }
            return y;
          });
  private static final Dataset BACKGROUND_ROWS = Data.random(SCHEMA, 7, 3);
  private static final double[] WEIGHTS = {1, 2, 3, 1, 1, 4, 2};
  private static final Background BACKGROUND = new Background(BACKGROUND_ROWS, WEIGHTS);

  private static double weightedMean(int column) {
    double sum = 0;
    double total = 0;
    for (int b = 0; b < WEIGHTS.length; b++) {
      sum += WEIGHTS[b] * BACKGROUND_ROWS.value(b, column);
      total += WEIGHTS[b];
    }
    return sum / total;
  }

  @Test
  void onALinearModelEachAttributionIsTheCoefficientTimesTheGapToTheBackgroundMean() {
    Dataset rows = Data.random(SCHEMA, 4, 9);

    List<Explanation> explanations =
        new Occlusion(BACKGROUND)
            .explain(
                LINEAR,
                rows,
                TargetSelection.all(),
                new EvaluationEngine(3, 5, (f, m) -> {}, () -> false));

    assertThat(explanations).hasSize(4);
    double base = 1;
    for (int j = 0; j < BETA.length; j++) {
      base += BETA[j] * weightedMean(j);
    }
    for (Explanation e : explanations) {
      assertThat(e.baseValue()).isCloseTo(base, within(1e-12));
      assertThat(e.prediction())
          .isCloseTo(LINEAR.predict(new double[][] {rows.row(e.row())})[0][0], within(1e-12));
      for (int j = 0; j < BETA.length; j++) {
        double expected = BETA[j] * (rows.value(e.row(), j) - weightedMean(j));
        assertThat(e.attribution(j)).as("x%d", j).isCloseTo(expected, within(1e-12));
        assertThat(e.features().get(j).name()).isEqualTo("x" + j);
      }
      assertThat(e.method()).isEqualTo("occlusion");
    }
  }

  @Test
  void aGroupIsOccludedTogetherAndCapturesItsInteraction() {
    FunctionModel product = FunctionModel.regression(SCHEMA, x -> x[0] * x[1] + x[2]);
    Dataset rows = Data.random(SCHEMA, 1, 4);
    double x0 = rows.value(0, 0);
    double x1 = rows.value(0, 1);

    Explanation e =
        new Occlusion(BACKGROUND, " x1 , x0 ")
            .explain(product, rows, TargetSelection.all(), EvaluationEngine.defaults())
            .get(0);

    assertThat(e.features()).extracting(f -> f.name()).containsExactly("x1+x0", "x2", "x3");
    double meanProduct = 0;
    double total = 0;
    for (int b = 0; b < WEIGHTS.length; b++) {
      meanProduct += WEIGHTS[b] * BACKGROUND_ROWS.value(b, 0) * BACKGROUND_ROWS.value(b, 1);
      total += WEIGHTS[b];
    }
    assertThat(e.attribution(0)).isCloseTo(x0 * x1 - meanProduct / total, within(1e-12));
    assertThat(e.attribution(1)).isCloseTo(rows.value(0, 2) - weightedMean(2), within(1e-12));
    assertThat(e.attribution(2)).isZero();
    assertThat(e.formattedValue(0)).isEqualTo("?");
    assertThat(e.settings()).containsEntry("groups", " x1 , x0 ");
  }

  @Test
  void refusesUnknownTargetAndRepeatedGroupFeatures() {
    Dataset rows = Data.random(SCHEMA, 1, 4);
    assertThatThrownBy(
            () ->
                new Occlusion(BACKGROUND, "x0,zz;x2")
                    .explain(LINEAR, rows, TargetSelection.all(), EvaluationEngine.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no feature 'zz'")
        .hasMessageContaining("x0, x1, x2, x3");
    assertThatThrownBy(() -> FeatureGroups.parse("x0,y", SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'y' is the class");
    assertThatThrownBy(() -> FeatureGroups.parse("x0,x1;x1", SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x1' is listed more than once");
    assertThatThrownBy(() -> FeatureGroups.parse("x0,;x1", SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThat(FeatureGroups.singles(SCHEMA).size()).isEqualTo(4);
  }
}
