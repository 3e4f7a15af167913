package org.glasswing.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.junit.jupiter.api.Test;

class GlobalImportanceTest {

  private static final List<Feature> FEATURES =
      List.of(Feature.numeric("a"), Feature.nominal("b", List.of("x", "y")));

  static Explanation explanation(int row, String method, List<Feature> features, double... phi) {
    return new Explanation(
        row,
        0,
        "good",
        0.5,
        0.5 + phi[0] + phi[1],
        features,
        new double[] {1, 0},
        phi,
        null,
        method,
        Map.of());
  }

  @Test
  void meanAbsoluteAndStandardErrorMatchAHandComputation() {
    GlobalImportance importance =
        GlobalImportance.meanAbsolute(
            List.of(
                explanation(0, "exact-shapley", FEATURES, 0.2, -0.1),
                explanation(1, "exact-shapley", FEATURES, -0.4, 0.3),
                explanation(2, "exact-shapley", FEATURES, 0.3, 0.0)));

    // |a| = 0.2, 0.4, 0.3: mean 0.3, sample sd 0.1, se 0.1 / sqrt(3)
    // |b| = 0.1, 0.3, 0.0: mean 0.4 / 3, sample variance 0.07 / 3, se sqrt(0.07 / 9)
    assertThat(importance.count()).isEqualTo(3);
    assertThat(importance.method()).isEqualTo("exact-shapley");
    assertThat(importance.targets()).containsExactly("good");
    GlobalImportance.FeatureImportance a = importance.importances().get(0);
    GlobalImportance.FeatureImportance b = importance.importances().get(1);
    assertThat(a.feature().name()).isEqualTo("a");
    assertThat(a.meanAbsolute()).isCloseTo(0.3, within(1e-12));
    assertThat(a.standardError()).isCloseTo(0.1 / Math.sqrt(3), within(1e-12));
    assertThat(b.meanAbsolute()).isCloseTo(0.4 / 3, within(1e-12));
    assertThat(b.standardError()).isCloseTo(Math.sqrt(0.07 / 9), within(1e-12));
  }

  @Test
  void sortsMostImportantFirst() {
    GlobalImportance importance =
        GlobalImportance.meanAbsolute(
            List.of(
                explanation(0, "m", FEATURES, 0.01, -0.5),
                explanation(1, "m", FEATURES, 0.02, 0.4)));

    assertThat(importance.sortedByImportance())
        .extracting(i -> i.feature().name())
        .containsExactly("b", "a");
    assertThat(importance.importances())
        .extracting(i -> i.feature().name())
        .containsExactly("a", "b");
  }

  @Test
  void singleExplanationHasNoStandardError() {
    GlobalImportance importance =
        GlobalImportance.meanAbsolute(List.of(explanation(0, "m", FEATURES, -0.25, 0.5)));

    assertThat(importance.importances().get(0).meanAbsolute()).isEqualTo(0.25);
    assertThat(importance.importances().get(0).standardError()).isNaN();
  }

  @Test
  void rejectsAnEmptyList() {
    assertThatThrownBy(() -> GlobalImportance.meanAbsolute(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void rejectsMismatchedFeatures() {
    List<Feature> other = List.of(Feature.numeric("a"), Feature.numeric("c"));
    assertThatThrownBy(
            () ->
                GlobalImportance.meanAbsolute(
                    List.of(
                        explanation(0, "m", FEATURES, 0.1, 0.1),
                        explanation(1, "m", other, 0.1, 0.1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explanation 2")
        .hasMessageContaining("[a, c]")
        .hasMessageContaining("[a, b]");
  }

  @Test
  void rejectsMixedMethods() {
    assertThatThrownBy(
            () ->
                GlobalImportance.meanAbsolute(
                    List.of(
                        explanation(0, "exact-shapley", FEATURES, 0.1, 0.1),
                        explanation(1, "sampling-shapley", FEATURES, 0.1, 0.1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sampling-shapley");
  }

  @Test
  void rejectsNonFiniteAttributions() {
    assertThatThrownBy(
            () ->
                GlobalImportance.meanAbsolute(
                    List.of(explanation(0, "m", FEATURES, Double.NaN, 0.1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'");
  }
}
