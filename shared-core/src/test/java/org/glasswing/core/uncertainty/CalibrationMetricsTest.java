package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationMetricsTest {

  /** Confidences 0.9 (right), 0.8 (wrong), 0.7 (right), 0.6 (wrong). */
  private static final ClassPredictions FOUR =
      new ClassPredictions(
          List.of("a", "b"),
          new double[][] {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.4, 0.6}},
          new int[] {0, 1, 1, 0});

  @Test
  void metricsEqualTheHandComputedValues() {
    CalibrationMetrics m = CalibrationMetrics.of(FOUR, 5);

    assertThat(m.rows()).isEqualTo(4);
    assertThat(m.accuracy()).isEqualTo(0.5);
    // bins of width 0.2: [0.6, 0.8) holds 0.7 and 0.6 (conf 0.65, acc 0.5), [0.8, 1] holds 0.9
    // and 0.8 (conf 0.85, acc 0.5): ECE = 0.5 * 0.15 + 0.5 * 0.35
    assertThat(m.ece()).isCloseTo(0.25, within(1e-12));
    assertThat(m.mce()).isCloseTo(0.35, within(1e-12));
    // 5 equal-mass bins over 4 rows: one row per bin, gaps 0.1, 0.8, 0.3, 0.6
    assertThat(m.eceEqualMass()).isCloseTo(0.45, within(1e-12));
    // class a: bins {0.9 yes, 0.8 no} gap 0.35 (w 1/2), {0.3 no} 0.3 (w 1/4), {0.4 yes} 0.6 (1/4)
    // class b: {0.1 no} 0.1, {0.2 yes} 0.8, {0.7 yes, 0.6 no} 0.15 (w 1/2): (0.4 + 0.3) / 2
    assertThat(m.classwiseEce()).isCloseTo(0.35, within(1e-12));
    // squared distances 0.02, 1.28, 0.18, 0.72
    assertThat(m.brier()).isCloseTo(0.55, within(1e-12));
    double nll = -(Math.log(0.9) + Math.log(0.2) + Math.log(0.7) + Math.log(0.4)) / 4;
    assertThat(m.nll()).isCloseTo(nll, within(1e-12));
  }

  @Test
  void reliabilityBinsCountEveryRowOnce() {
    CalibrationMetrics m = CalibrationMetrics.of(FOUR, 5);

    assertThat(m.reliability()).hasSize(5);
    assertThat(m.reliability()).extracting(ReliabilityBin::count).containsExactly(0, 0, 0, 2, 2);
    ReliabilityBin top = m.reliability().get(4);
    assertThat(top.lower()).isCloseTo(0.8, within(1e-12));
    assertThat(top.upper()).isEqualTo(1.0);
    assertThat(top.meanConfidence()).isCloseTo(0.85, within(1e-12));
    assertThat(top.accuracy()).isEqualTo(0.5);
    assertThat(m.reliability().get(0).meanConfidence()).isNaN();
  }

  @Test
  void aConfidenceOfOneFallsInTheLastBinAndPerfectPredictionsScoreZero() {
    ClassPredictions sure =
        new ClassPredictions(
            List.of("a", "b", "c"),
            new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
            new int[] {0, 1, 2});
    CalibrationMetrics m = CalibrationMetrics.of(sure);

    assertThat(m.accuracy()).isEqualTo(1);
    assertThat(m.ece()).isZero();
    assertThat(m.mce()).isZero();
    assertThat(m.brier()).isZero();
    assertThat(m.nll()).isZero();
    assertThat(m.reliability().get(CalibrationMetrics.DEFAULT_BINS - 1).count()).isEqualTo(3);
  }

  @Test
  void theNegativeLogLikelihoodClampsAZeroProbability() {
    ClassPredictions wrong =
        new ClassPredictions(List.of("a", "b"), new double[][] {{1, 0}}, new int[] {1});

    assertThat(CalibrationMetrics.of(wrong).nll())
        .isCloseTo(-Math.log(CalibrationMetrics.NLL_CLAMP), within(1e-9));
    assertThat(CalibrationMetrics.of(wrong).brier()).isEqualTo(2);
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    assertThatThrownBy(() -> CalibrationMetrics.of(FOUR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bins");
    assertThatThrownBy(
            () -> new ClassPredictions(List.of("y"), new double[][] {{1}}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two classes");
    assertThatThrownBy(
            () ->
                new ClassPredictions(List.of("a", "b"), new double[][] {{0.5, 0.6}}, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to");
    assertThatThrownBy(
            () ->
                new ClassPredictions(List.of("a", "b"), new double[][] {{0.5, 0.5}}, new int[] {2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actual class");
  }

  @Test
  void predictiveScoresOfOneRow() {
    PredictiveScores s = PredictiveScores.of(new double[] {0.2, 0.5, 0.3});

    assertThat(s.predicted()).isEqualTo(1);
    assertThat(s.maxProbability()).isEqualTo(0.5);
    assertThat(s.margin()).isCloseTo(0.2, within(1e-12));
    double h = -(0.2 * Math.log(0.2) + 0.5 * Math.log(0.5) + 0.3 * Math.log(0.3));
    assertThat(s.entropy()).isCloseTo(h, within(1e-12));
    assertThat(PredictiveScores.of(new double[] {0.5, 0.5}).entropy())
        .isCloseTo(Math.log(2), within(1e-12));
    assertThat(PredictiveScores.of(new double[] {0, 1}).entropy()).isZero();
    assertThatThrownBy(() -> PredictiveScores.of(new double[] {3.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numeric target");
  }
}
