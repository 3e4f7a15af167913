package org.glasswing.core.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class Friedman1Test {

  static Dataset uniform(Schema schema, int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[count][schema.size()];
    for (double[] row : rows) {
      for (int c = 0; c < schema.size(); c++) {
        row[c] = c == schema.targetIndex() ? Double.NaN : random.nextDouble();
      }
    }
    return new Dataset(schema, rows);
  }

  @Test
  void theFunctionAndTheNormalDistributionHaveTheirKnownValues() {
    assertThat(Friedman1.f(0.5, 0.5, 0.5, 0.5, 0.5))
        .isCloseTo(10 * Math.sin(Math.PI / 4) + 7.5, within(1e-12));
    assertThat(Friedman1.f(1, 0.5, 0, 0, 1)).isCloseTo(10 + 5 + 5, within(1e-12));
    assertThat(Friedman1.normalCdf(0)).isCloseTo(0.5, within(1e-7));
    assertThat(Friedman1.normalCdf(1.959963985)).isCloseTo(0.975, within(2e-7));
    assertThat(Friedman1.normalCdf(-1)).isCloseTo(0.158655254, within(2e-7));
    Schema schema = Data.numericRegression(6);
    double[] row = {0.2, 0.9, 0.1, 0.3, 0.7, 0.99, Double.NaN};
    assertThat(Friedman1.regression(schema).predict(new double[][] {row})[0][0])
        .isEqualTo(Friedman1.f(0.2, 0.9, 0.1, 0.3, 0.7));
    assertThat(Friedman1.probability(schema, 14).predict(new double[][] {row})[0][0])
        .isEqualTo(Friedman1.normalCdf(Friedman1.f(0.2, 0.9, 0.1, 0.3, 0.7) - 14));
  }

  @Test
  void theClosedFormEqualsExactShapleyOnAWeightedBackground() {
    Schema schema = Data.numericRegression(8);
    Friedman1 model = Friedman1.regression(schema);
    Dataset rows = uniform(schema, 4, 1);
    Dataset backgroundRows = uniform(schema, 12, 2);
    double[] weights = new double[12];
    for (int b = 0; b < weights.length; b++) {
      weights[b] = 1 + b % 3;
    }
    Background background = new Background(backgroundRows, weights);
    List<Explanation> exact =
        new ExactShapley(background)
            .explain(model, rows, TargetSelection.predicted(), EvaluationEngine.defaults());
    for (Explanation e : exact) {
      double[] closed = model.closedFormShapley(rows.row(e.row()), background);
      for (int f = 0; f < 8; f++) {
        assertThat(closed[f])
            .as("row %d x%d", e.row(), f)
            .isCloseTo(e.attribution(f), within(1e-9));
      }
      assertThat(closed[5]).isZero();
    }
    assertThatThrownBy(
            () -> Friedman1.probability(schema, 14).closedFormShapley(rows.row(0), background))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noiseColumnsAreAppendedBeforeTheTarget() {
    Schema schema = Data.numericRegression(5);
    Dataset data = uniform(schema, 30, 3);
    Dataset wide = Friedman1.withNoiseColumns(data, 3, 9);
    assertThat(wide.schema().size()).isEqualTo(9);
    assertThat(wide.schema().targetIndex()).isEqualTo(8);
    assertThat(wide.schema().feature(5).name()).isEqualTo("noise1");
    for (int r = 0; r < 30; r++) {
      for (int c = 0; c < 5; c++) {
        assertThat(wide.value(r, c)).isEqualTo(data.value(r, c));
      }
      for (int c = 5; c < 8; c++) {
        assertThat(wide.value(r, c)).isBetween(0.0, 1.0);
      }
    }
    assertThat(wide.value(0, 5)).isNotEqualTo(wide.value(1, 5));
    assertThat(Friedman1.withNoiseColumns(data, 3, 9)).isEqualTo(wide);
  }

  @Test
  void unsuitableSchemasAreRefused() {
    assertThatThrownBy(() -> Friedman1.regression(Data.numericRegression(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reads five inputs");
    assertThatThrownBy(() -> Friedman1.regression(Data.numericClassification(6, "a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numeric target");
  }
}
