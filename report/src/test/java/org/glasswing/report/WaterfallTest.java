package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.junit.jupiter.api.Test;

class WaterfallTest {

  private static Explanation explanation(
      double base, double prediction, double[] phi, double[] se) {
    List<Feature> features = new ArrayList<>();
    double[] values = new double[phi.length];
    for (int f = 0; f < phi.length; f++) {
      features.add(Feature.numeric("f" + f));
      values[f] = 10 + f;
    }
    return new Explanation(
        3, 0, "good", base, prediction, features, values, phi, se, "m", Map.of());
  }

  @Test
  void startsAtTheBaseValueAndEndsAtThePredictionLargestStepFirst() {
    double[] phi = {0.05, -0.2, 0.1};
    Waterfall waterfall = Waterfall.of(explanation(0.7, 0.65, phi, null));

    List<Waterfall.Step> steps = waterfall.steps();
    assertThat(steps)
        .extracting(Waterfall.Step::label)
        .containsExactly("f1 = 11", "f2 = 12", "f0 = 10");
    assertThat(steps.get(0).start()).isEqualTo(0.7);
    assertThat(steps.get(steps.size() - 1).end()).isEqualTo(0.65);
    assertThat(steps.get(0).delta()).isCloseTo(-0.2, within(1e-12));
    assertThat(steps.get(1).delta()).isCloseTo(0.1, within(1e-12));
    assertThat(steps.get(2).delta()).isCloseTo(0.05, within(1e-12));
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).start()).isEqualTo(steps.get(i - 1).end());
    }
    assertThat(steps.get(0).standardError()).isNaN();
  }

  @Test
  void lumpsTheSmallestFeaturesBeyondTheMaximum() {
    double[] phi = new double[14];
    double sum = 0;
    for (int f = 0; f < phi.length; f++) {
      phi[f] = (f % 2 == 0 ? 1 : -1) * 0.01 * (f + 1);
      sum += phi[f];
    }
    Waterfall waterfall = Waterfall.of(explanation(0.5, 0.5 + sum, phi, null), 10);

    List<Waterfall.Step> steps = waterfall.steps();
    assertThat(steps).hasSize(11);
    assertThat(steps.get(0).label()).isEqualTo("f13 = 23");
    Waterfall.Step lumped = steps.get(10);
    assertThat(lumped.label()).isEqualTo("4 other features");
    assertThat(lumped.features()).isEqualTo(4);
    // f0..f3 are the smallest: +0.01 - 0.02 + 0.03 - 0.04
    assertThat(lumped.delta()).isCloseTo(-0.02, within(1e-12));
    assertThat(steps.get(0).start()).isEqualTo(0.5);
    assertThat(lumped.end()).isEqualTo(0.5 + sum);
  }

  @Test
  void showsASingleLeftoverFeatureOnItsOwn() {
    double[] phi = {0.1, 0.2, 0.3};
    Waterfall waterfall = Waterfall.of(explanation(0, 0.6, phi, null), 2);

    assertThat(waterfall.steps()).hasSize(3).allMatch(step -> step.features() == 1);
  }

  @Test
  void addsAGapStepWhenTheAttributionsDoNotAddUp() {
    double[] phi = {0.1, 0.2};
    Waterfall waterfall = Waterfall.of(explanation(0.5, 0.9, phi, null));

    List<Waterfall.Step> steps = waterfall.steps();
    assertThat(steps).hasSize(3);
    assertThat(steps.get(2).features()).isZero();
    assertThat(steps.get(2).start()).isCloseTo(0.8, within(1e-12));
    assertThat(steps.get(2).end()).isEqualTo(0.9);
  }

  @Test
  void carriesStandardErrors() {
    double[] phi = {0.1, -0.3};
    Waterfall waterfall = Waterfall.of(explanation(0.5, 0.3, phi, new double[] {0.01, 0.02}));

    assertThat(waterfall.steps())
        .extracting(Waterfall.Step::standardError)
        .containsExactly(0.02, 0.01);
  }
}
