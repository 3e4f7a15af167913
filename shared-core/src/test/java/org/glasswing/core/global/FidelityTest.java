package org.glasswing.core.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.junit.jupiter.api.Test;

class FidelityTest {

  @Test
  void agreementComparesMostProbableClasses() {
    double[][] model = {{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}};
    double[][] surrogate = {{1, 0}, {0, 1}, {0, 1}};
    assertThat(Fidelity.agreement(model, surrogate)).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void rSquaredTakesTheModelAsTheTruth() {
    assertThat(Fidelity.rSquared(new double[] {1, 2, 3}, new double[] {1, 2, 3})).isEqualTo(1.0);
    // residual 2, total 2: R² = 0
    assertThat(Fidelity.rSquared(new double[] {1, 2, 3}, new double[] {2, 2, 2})).isZero();
    assertThat(Fidelity.rSquared(new double[] {5, 5}, new double[] {5, 5})).isEqualTo(1.0);
    assertThatThrownBy(() -> Fidelity.rSquared(new double[0], new double[0]))
        .hasMessageContaining("at least one held-out row");
  }

  @Test
  void meanAbsoluteShapleyBecomesAnImportanceWithATInterval() {
    List<Feature> features = List.of(Feature.numeric("a"), Feature.numeric("b"));
    List<Explanation> explanations =
        List.of(explanation(0, 1, -2), explanation(1, -3, 2), explanation(2, 2, 2));
    ImportanceResult result =
        ImportanceResult.fromShapley(GlobalImportance.meanAbsolute(explanations));

    ImportanceScore a = result.scores().get(0);
    assertThat(a.feature()).isEqualTo(features.get(0));
    assertThat(a.importance()).isEqualTo(2.0);
    assertThat(a.std()).isCloseTo(1.0, within(1e-12));
    assertThat(a.ciHigh() - a.importance()).isCloseTo(4.303 / Math.sqrt(3), within(1e-9));
    ImportanceScore b = result.scores().get(1);
    assertThat(List.of(b.importance(), b.std(), b.ciLow(), b.ciHigh())).containsOnly(2.0, 0.0);
    assertThat(result.method()).isEqualTo("mean-abs-shapley");
  }

  private static Explanation explanation(int row, double a, double b) {
    return new Explanation(
        row,
        0,
        "y",
        0,
        a + b,
        List.of(Feature.numeric("a"), Feature.numeric("b")),
        new double[] {0, 0},
        new double[] {a, b},
        new double[] {Double.NaN, Double.NaN},
        "exact-shapley",
        java.util.Map.of());
  }

  @Test
  void tQuantilesFollowTheTableAndTheExpansion() {
    assertThat(Statistics.t975(1)).isEqualTo(12.706);
    assertThat(Statistics.t975(30)).isEqualTo(2.042);
    assertThat(Statistics.t975(31)).isCloseTo(2.0395, within(2e-4));
    assertThat(Statistics.t975(120)).isCloseTo(1.9799, within(2e-4));
  }
}
