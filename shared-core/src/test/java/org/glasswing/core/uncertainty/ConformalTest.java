package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConformalTest {

  private static final double ALPHA = 0.1;

  @Test
  void theQuantileIsTheCeilOfNPlusOneTimesOneMinusAlphaSmallest() {
    assertThat(ConformalQuantile.rank(48, 0.1)).isEqualTo(45); // ceil(49 * 0.9) = ceil(44.1)
    assertThat(ConformalQuantile.rank(99, 0.1)).isEqualTo(90); // 100 * 0.9 is exactly 90
    assertThat(ConformalQuantile.rank(10, 0.1)).isEqualTo(10); // ceil(9.9)
    assertThat(ConformalQuantile.rank(20, 0.05)).isEqualTo(20); // ceil(19.95)
    double[] scores = {0.5, 0.1, 0.4, 0.3, 0.2, 0.9, 0.8, 0.7, 0.6, 1.0};
    assertThat(ConformalQuantile.of(scores, 0.1)).isEqualTo(1.0);
    assertThat(ConformalQuantile.of(scores, 0.3)).isEqualTo(0.8); // ceil(11 * 0.7) = 8
    // p-value: (#{s_i >= s} + 1) / (n + 1)
    double[] sorted = {0.1, 0.2, 0.3, 0.4};
    assertThat(ConformalQuantile.pValue(sorted, 0.25)).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(ConformalQuantile.pValue(sorted, 0.3)).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(ConformalQuantile.pValue(sorted, 0.5)).isCloseTo(1 / 5.0, within(1e-12));
  }

  @Test
  void scoresEqualHandComputedValues() {
    double[] p = {0.2, 0.5, 0.3};
    assertThat(ConformalScore.LAC.score(p, 0, 0, 0)).isCloseTo(0.8, within(1e-12));
    assertThat(ConformalScore.APS.score(p, 1, 0, 0)).isCloseTo(0.5, within(1e-12));
    assertThat(ConformalScore.APS.score(p, 2, 0, 0)).isCloseTo(0.8, within(1e-12));
    assertThat(ConformalScore.APS.score(p, 0, 0, 0)).isCloseTo(1.0, within(1e-12));
    // rank 3, k_reg 1: 1.0 + 0.1 * 2
    assertThat(ConformalScore.RAPS.score(p, 0, 0.1, 1)).isCloseTo(1.2, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(ConformalScore.class)
  void coverageAveragedOverFiftySeedsIsWithinTheFiniteSampleBounds(ConformalScore score) {
    // 48 calibration rows: the expected coverage is ceil(49 * 0.9) / 49 = 0.918
    double sum = 0;
    for (int seed = 0; seed < 50; seed++) {
      ClassPredictions calibration = Synthetic.overConfident(48, 4, 1.5, 1000 + seed);
      ClassPredictions test = Synthetic.overConfident(400, 4, 1.5, 5000 + seed);
      SplitConformalClassifier conformal =
          SplitConformalClassifier.calibrate(
              calibration, SplitConformalClassifier.Settings.of(ALPHA, score, false));
      sum += conformal.evaluate(test).coverage();
    }
    assertThat(sum / 50).isBetween(1 - ALPHA, 1 - ALPHA + 0.03);
  }

  @Test
  void mondrianCoverageHoldsInEveryClassWhereTheMarginalOneDoesNot() {
    double[] offset = {1.5, 0, -1.5}; // class c2 is rare and hard
    double[] mondrian = new double[3];
    double[] marginal = new double[3];
    for (int seed = 0; seed < 50; seed++) {
      ClassPredictions calibration = Synthetic.overConfident(600, 3, 1, offset, 100 + seed);
      ClassPredictions test = Synthetic.overConfident(600, 3, 1, offset, 900 + seed);
      ConformalSummary m =
          SplitConformalClassifier.calibrate(
                  calibration,
                  SplitConformalClassifier.Settings.of(ALPHA, ConformalScore.LAC, true))
              .evaluate(test);
      ConformalSummary p =
          SplitConformalClassifier.calibrate(
                  calibration,
                  SplitConformalClassifier.Settings.of(ALPHA, ConformalScore.LAC, false))
              .evaluate(test);
      for (int c = 0; c < 3; c++) {
        mondrian[c] += m.coveragePerClass().get(c) / 50;
        marginal[c] += p.coveragePerClass().get(c) / 50;
      }
    }
    for (int c = 0; c < 3; c++) {
      assertThat(mondrian[c]).as("class %d", c).isGreaterThanOrEqualTo(1 - ALPHA - 0.05);
    }
    assertThat(marginal[2]).as("without Mondrian the rare class is under-covered").isLessThan(0.8);
  }

  @Test
  void theSetHoldsExactlyTheClassesWhosePValueExceedsAlpha() {
    ClassPredictions calibration = Synthetic.overConfident(200, 5, 1.5, 3);
    ClassPredictions test = Synthetic.overConfident(300, 5, 1.5, 4);
    for (ConformalScore score : ConformalScore.values()) {
      for (boolean mondrian : new boolean[] {false, true}) {
        SplitConformalClassifier conformal =
            SplitConformalClassifier.calibrate(
                calibration, new SplitConformalClassifier.Settings(0.2, score, mondrian, 0.05, 1));
        for (PredictionSet set : conformal.predict(test.probabilities())) {
          for (int c = 0; c < 5; c++) {
            assertThat(set.contains(c)).isEqualTo(set.pValues().get(c) > 0.2);
          }
        }
      }
    }
  }

  @Test
  void summaryCountsSetsOnAHandMadeCase() {
    List<PredictionSet> sets =
        List.of(
            new PredictionSet(List.of(0), List.of(0.5, 0.1)),
            new PredictionSet(List.of(0, 1), List.of(0.5, 0.5)),
            new PredictionSet(List.of(), List.of(0.05, 0.05)),
            new PredictionSet(List.of(1), List.of(0.1, 0.6)));
    ConformalSummary s = ConformalSummary.of(sets, new int[] {0, 1, 1, 0}, List.of("a", "b"), 0.1);

    assertThat(s.coverage()).isEqualTo(0.5);
    assertThat(s.meanSetSize()).isEqualTo(1.0);
    assertThat(s.singletonRate()).isEqualTo(0.5);
    assertThat(s.emptyRate()).isEqualTo(0.25);
    assertThat(s.coveragePerClass()).containsExactly(0.5, 0.5);
    assertThat(sets.get(1).format(List.of("a", "b"))).isEqualTo("{a|b}");
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    ClassPredictions nine = Synthetic.overConfident(9, 3, 1, 1);
    assertThatThrownBy(
            () ->
                SplitConformalClassifier.calibrate(
                    nine, SplitConformalClassifier.Settings.of(0.1, ConformalScore.LAC, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too few calibration rows")
        .hasMessageContaining("10");
    for (double alpha : new double[] {0, 1, -0.1, 1.5, Double.NaN}) {
      assertThatThrownBy(
              () -> SplitConformalClassifier.Settings.of(alpha, ConformalScore.LAC, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("alpha");
    }
    double[][] p = new double[40][];
    int[] y = new int[40];
    for (int i = 0; i < 40; i++) {
      p[i] = new double[] {0.7, 0.3};
      y[i] = i < 3 ? 1 : 0;
    }
    ClassPredictions fewOfB = new ClassPredictions(List.of("a", "b"), p, y);
    assertThatThrownBy(
            () ->
                SplitConformalClassifier.calibrate(
                    fewOfB, SplitConformalClassifier.Settings.of(0.1, ConformalScore.LAC, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("class 'b'")
        .hasMessageContaining("too few calibration rows");
  }
}
