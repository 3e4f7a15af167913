package org.glasswing.core.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelComparisonTest {

  @Test
  void countsAccuracyAndAgreementByHand() {
    double[][] black = {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}, {0.3, 0.7}};
    double[][] glass = {{0.8, 0.2}, {0.4, 0.6}, {0.4, 0.6}, {0.6, 0.4}};
    double[] actual = {0, 1, 1, 1};
    ModelComparison c = ModelComparison.of(black, glass, actual, true);
    assertThat(c.blackBox()).isEqualTo(0.75); // rows 1, 2, 4 right
    assertThat(c.glassBox()).isEqualTo(0.75); // rows 1, 2, 3 right
    assertThat(c.fidelity()).isEqualTo(0.5); // agree on rows 1 and 2
    assertThat(c.verdict("weka.classifiers.trees.J48"))
        .contains("J48 on 75.0 %")
        .contains("class on 50.0 % of rows");
  }

  @Test
  void regressionUsesRmseAndTheRSquaredOfTheBlackBoxPredictions() {
    double[][] black = {{1}, {2}, {3}};
    double[][] glass = {{1}, {2}, {4}};
    double[] actual = {1, 2, 2};
    ModelComparison c = ModelComparison.of(black, glass, actual, false);
    assertThat(c.blackBox()).isCloseTo(Math.sqrt(1 / 3.0), within(1e-12));
    assertThat(c.glassBox()).isCloseTo(Math.sqrt(4 / 3.0), within(1e-12));
    assertThat(c.fidelity()).isCloseTo(1 - 1 / 2.0, within(1e-12)); // residual 1, total 2
  }
}
