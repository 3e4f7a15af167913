package org.glasswing.core.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class MetricTest {

  private static final double[][] PROBS = {{0.9, 0.1}, {0.4, 0.6}, {0.3, 0.7}, {0.8, 0.2}};
  private static final double[] TRUTH = {0, 1, 0, 1};

  @Test
  void accuracyCountsRowsWhoseMostProbableClassIsTrue() {
    assertThat(Metric.ACCURACY.score(PROBS, TRUTH)).isEqualTo(0.5);
  }

  @Test
  void logLossIsTheMeanNegativeLogOfTheTrueClassProbability() {
    double expected = -(Math.log(0.9) + Math.log(0.6) + Math.log(0.3) + Math.log(0.2)) / 4;
    assertThat(Metric.LOG_LOSS.score(PROBS, TRUTH)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void aucIsTheShareOfCorrectlyOrderedPositiveNegativePairs() {
    // Scores of class 1: positives 0.6, 0.2; negatives 0.1, 0.7. Ordered pairs: (0.6>0.1),
    // (0.2>0.1) right; (0.6<0.7), (0.2<0.7) wrong: 2 of 4.
    assertThat(Metric.AUC.score(PROBS, TRUTH)).isCloseTo(0.5, within(1e-12));
    double[][] perfect = {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}, {0.1, 0.9}};
    assertThat(Metric.AUC.score(perfect, TRUTH)).isEqualTo(1.0);
    double[][] tied = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}};
    assertThat(Metric.AUC.score(tied, TRUTH)).isEqualTo(0.5);
  }

  @Test
  void rmseIsTheRootMeanSquaredError() {
    double[][] outputs = {{1}, {2}, {4}};
    assertThat(Metric.RMSE.score(outputs, new double[] {1, 4, 2}))
        .isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
  }

  @Test
  void dropIsPositiveWhenTheScoreGetsWorse() {
    assertThat(Metric.ACCURACY.drop(0.9, 0.7)).isCloseTo(0.2, within(1e-12));
    assertThat(Metric.RMSE.drop(1.0, 1.5)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void metricsRefuseTargetsOfTheWrongKind() {
    assertThatThrownBy(() -> Metric.RMSE.checkApplies(Data.numericClassification(2, "a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numeric target")
        .hasMessageContaining("'class' is nominal");
    assertThatThrownBy(() -> Metric.AUC.checkApplies(Data.numericRegression(2)))
        .hasMessageContaining("needs a nominal target");
    assertThatThrownBy(() -> Metric.parse("f1")).hasMessageContaining("unknown metric 'f1'");
    assertThat(Metric.parse("log-loss")).isEqualTo(Metric.LOG_LOSS);
  }

  @Test
  void aucRefusesRowsOfOneClass() {
    assertThatThrownBy(() -> Metric.AUC.score(PROBS, new double[] {1, 1, 1, 1}))
        .hasMessageContaining("at least two classes");
  }
}
