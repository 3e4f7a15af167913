package org.glasswing.core.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.glasswing.core.sanity.Fixtures.ONE_THREAD;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  private final Schema schema = Data.numericRegression(6);

  /** Interactions of order three, which sampling Shapley does not get exactly. */
  private final Model model =
      FunctionModel.regression(
          schema, x -> 3 * x[0] * x[1] * x[2] + x[3] * x[4] * x[5] + 0.5 * x[0]);

  private final Background background = Background.uniform(Data.random(schema, 10, 51));
  private final Dataset rows = Data.random(schema, 5, 52);
  private final Perturbation noise = new Perturbation(background.rows(), 0.05);

  @Test
  void exactShapleyIsPerfectlyStableOverSeeds() {
    List<CheckResult> results =
        new Stability(10, 3, noise, 1)
            .run("exact-shapley", seed -> new ExactShapley(background), model, rows, ONE_THREAD);

    assertThat(results)
        .extracting(CheckResult::test)
        .containsExactly(Stability.SEEDS, Stability.SEEDS, Stability.NOISE, Stability.NOISE);
    assertThat(results.get(0).value()).isEqualTo(1.0);
    assertThat(results.get(1).value()).isEqualTo(1.0);
    assertThat(results.get(0).verdict()).isEqualTo(Verdict.PASS);
    assertThat(results.get(2).value()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void samplingShapleyWithFewOrderingsIsLessStableThanWithMany() {
    double few = seedJaccard(new int[] {12});
    double many = seedJaccard(new int[] {600});

    assertThat(few).isLessThan(1.0);
    assertThat(many).isGreaterThan(few);
  }

  private double seedJaccard(int[] budget) {
    return new Stability(6, 2, noise, 1)
        .run(
            "sampling-shapley",
            seed -> new SamplingShapley(background, budget[0], seed),
            model,
            rows,
            ONE_THREAD)
        .get(0)
        .value();
  }

  @Test
  void maxSensitivityOfShapleyOnALinearModelIsTheRelativeMoveOfTheInputs() {
    Schema linear = Data.numericRegression(3);
    Model m = Fixtures.linear(linear, new double[] {1, 1, 1});
    Background bg = Background.uniform(Data.random(linear, 20, 61));
    Dataset r = Data.random(linear, 4, 62);
    // phi_j = x_j - mean_j moves by at most radius * sd_j per feature
    CheckResult still =
        new MaxSensitivity(new Perturbation(bg.rows(), 0), 5, 1)
            .run(new ExactShapley(bg), m, r, ONE_THREAD);
    CheckResult moved =
        new MaxSensitivity(new Perturbation(bg.rows(), 0.05), 5, 1)
            .run(new ExactShapley(bg), m, r, ONE_THREAD);

    assertThat(still.value()).isEqualTo(0.0);
    assertThat(moved.value()).isGreaterThan(0).isLessThan(1);
  }

  @Test
  void agreementCountsFeaturesRanksAndSigns() {
    double[][] a = {{5, -4, 3, 0.1}};
    double[][] b = {{-5, 3, 4, 0}};
    // top-2: a {0, 1}, b {0, 2}; shared {0}; same rank at position 0; sign of 0 differs
    Agreement agreement = Agreement.of("a", a, "b", b, 2);

    assertThat(agreement.featureAgreement()).isEqualTo(0.5);
    assertThat(agreement.rankAgreement()).isEqualTo(0.5);
    assertThat(agreement.signAgreement()).isEqualTo(0.0);
    assertThat(agreement.signedRankAgreement()).isEqualTo(0.0);
    Agreement self = Agreement.of("a", a, "a", a, 3);
    assertThat(self.values()).containsExactly(1, 1, 1, 1);
    assertThat(Agreement.matrix(List.of("a", "b", "c"), List.of(a, b, a), 2))
        .extracting(x -> x.methodA() + x.methodB())
        .containsExactly("ab", "ac", "bc");
  }

  @Test
  void inputMagnitudeIsTheDistanceFromTheMeanInStandardDeviations() {
    Schema s = Data.numericRegression(2);
    Dataset bg = new Dataset(s, new double[][] {{0, 1, 0}, {2, 1, 0}, {4, 1, 0}});
    Model m = Fixtures.linear(s, new double[] {1, 1});
    Dataset r = new Dataset(s, new double[][] {{5, 3, 0}});
    double sd = Math.sqrt(8.0 / 3);

    double[][] attributions =
        Attributions.explain(
            new InputMagnitudeExplainer(Background.uniform(bg)), m, r, new int[1], ONE_THREAD);

    assertThat(attributions[0][0]).isCloseTo(3 / sd, within(1e-12));
    assertThat(attributions[0][1]).isEqualTo(0.0); // constant feature
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new Stability(1, 3, noise, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 runs");
    assertThatThrownBy(() -> new DeletionCurves(background, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Perturbation(background.rows(), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Stability(2, 9, noise, 1)
                    .run("x", seed -> new ExactShapley(background), model, rows, ONE_THREAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top-k");
  }
}
