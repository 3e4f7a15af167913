package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalibratorsTest {

  private static final List<Calibrator> ALL =
      List.of(new PlattScaling(), new IsotonicCalibration(), new TemperatureScaling());

  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void everyCalibratorLowersEceAndNllOfOverConfidentScores(int classes) {
    ClassPredictions calibration = Synthetic.overConfident(3000, classes, 3, 11);
    ClassPredictions test = Synthetic.overConfident(3000, classes, 3, 12);
    CalibrationMetrics before = CalibrationMetrics.of(test);
    assertThat(before.ece()).as("the synthetic scores are over-confident").isGreaterThan(0.08);

    for (Calibrator calibrator : ALL) {
      CalibrationMetrics after = CalibrationMetrics.of(calibrator.fit(calibration).apply(test));
      assertThat(after.ece()).as(calibrator.name() + " ECE").isLessThan(before.ece() / 2);
      assertThat(after.nll()).as(calibrator.name() + " NLL").isLessThan(before.nll());
      assertThat(after.ece()).as(calibrator.name() + " ECE").isLessThan(0.04);
    }
  }

  @Test
  void temperatureScalingFindsTheSharpeningFactorAndKeepsTheArgmax() {
    ClassPredictions calibration = Synthetic.overConfident(4000, 4, 2.5, 21);
    TemperatureScaling.Fitted fitted = new TemperatureScaling().fit(calibration);

    assertThat(fitted.temperature()).isCloseTo(2.5, within(0.25));
    ClassPredictions test = Synthetic.overConfident(500, 4, 2.5, 22);
    for (int r = 0; r < test.size(); r++) {
      double[] p = test.probabilities(r);
      assertThat(PredictiveScores.argmax(fitted.apply(p))).isEqualTo(PredictiveScores.argmax(p));
    }
  }

  @Test
  void plattScalingRecoversTheTrueSlope() {
    // reported log-odds are 3 z, the truth is sigmoid(z): Platt's A (with its minus sign) = -1/3
    ClassPredictions calibration = Synthetic.overConfident(6000, 2, 3, 31);
    double[] score = new double[calibration.size()];
    boolean[] positive = new boolean[calibration.size()];
    for (int i = 0; i < score.length; i++) {
      score[i] = PlattScaling.logit(calibration.probabilities(i)[1]);
      positive[i] = calibration.actual(i) == 1;
    }
    PlattScaling.Sigmoid s = PlattScaling.fit(score, positive);

    // Two softmax logits z0, z1 each N(0, 1.5^2): the log-odds is z1 - z0 and the reported one
    // is 3 (z1 - z0).
    assertThat(s.a()).isCloseTo(-1.0 / 3, within(0.03));
    assertThat(s.b()).isCloseTo(0, within(0.1));
  }

  @Test
  void isotonicOutputIsMonotone() {
    ClassPredictions calibration = Synthetic.overConfident(2000, 2, 3, 41);
    CalibrationMap map = new IsotonicCalibration().fit(calibration);
    double previous = -1;
    for (int i = 0; i <= 1000; i++) {
      double p1 = i / 1000.0;
      double q1 = map.apply(new double[] {1 - p1, p1})[1];
      assertThat(q1).as("at %s", p1).isGreaterThanOrEqualTo(previous).isBetween(0.0, 1.0);
      previous = q1;
    }
  }

  @Test
  void poolAdjacentViolatorsMatchesAHandWorkedCase() {
    // y = 1, 3, 2, 4 on x = 1..4: the violators 3, 2 pool to 2.5
    IsotonicCalibration.StepFunction f =
        IsotonicCalibration.fit(new double[] {4, 2, 1, 3}, new double[] {4, 3, 1, 2});

    assertThat(f.steps()).isEqualTo(3);
    assertThat(f.apply(1)).isEqualTo(1);
    assertThat(f.apply(2)).isEqualTo(2.5);
    assertThat(f.apply(3)).isEqualTo(2.5);
    assertThat(f.apply(3.5)).isEqualTo(3.25);
    assertThat(f.apply(9)).isEqualTo(4);
    assertThat(f.apply(0)).isEqualTo(1);
  }

  @Test
  void crossFittingCalibratesEveryRowWithoutUsingIt() {
    ClassPredictions predictions = Synthetic.overConfident(2000, 3, 3, 51);
    ClassPredictions calibrated =
        CrossFitting.calibrate(new TemperatureScaling(), predictions, 5, 7);

    assertThat(calibrated.size()).isEqualTo(predictions.size());
    assertThat(calibrated.actual()).isEqualTo(predictions.actual());
    assertThat(CalibrationMetrics.of(calibrated).ece())
        .isLessThan(CalibrationMetrics.of(predictions).ece() / 2);
    assertThat(CrossFitting.calibrate(new TemperatureScaling(), predictions, 5, 7).probabilities())
        .isDeepEqualTo(calibrated.probabilities());
  }

  @Test
  void calibratingWithOneClassInTheDataIsRefused() {
    ClassPredictions oneClass =
        new ClassPredictions(
            List.of("a", "b"), new double[][] {{0.9, 0.1}, {0.6, 0.4}}, new int[] {0, 0});
    for (Calibrator calibrator : ALL) {
      assertThatThrownBy(() -> calibrator.fit(oneClass))
          .as(calibrator.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("one class");
    }
  }

  @Test
  void everyNameBuildsTheCalibratorOfThatNameInAnyCase() {
    assertThat(Calibrators.names()).containsExactly("platt", "isotonic", "temperature");
    for (String name : Calibrators.names()) {
      assertThat(Calibrators.create(name).name()).isEqualTo(name);
      assertThat(Calibrators.create(" " + name.toUpperCase(java.util.Locale.ROOT)).name())
          .isEqualTo(name);
    }
  }

  @Test
  void anUnknownNameIsRefusedNamingTheChoices() {
    assertThatThrownBy(() -> Calibrators.create("beta"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown calibrator 'beta'; use one of platt, isotonic, temperature");
  }
}
