package org.glasswing.core.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glasswing.core.sanity.Fixtures.ONE_THREAD;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.model.Model;
import org.glasswing.core.resample.ModelTrainer;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class RandomisationTestTest {

  private static final double[] BETA = {3, -2, 1.5, 0, 0, 0};
  private final Schema schema = Data.numericRegression(BETA.length);
  private final Dataset train = Data.random(schema, 300, 11);
  private final double[] labels = Fixtures.labels(train, BETA, 0.1, 12);
  private final Model model = Fixtures.fitted(schema, Fixtures.leastSquares(train, labels));
  private final Background background = Background.sample(train, 30, 13);
  private final Dataset rows = Data.random(schema, 12, 14);
  private final Explainer shapley = new ExactShapley(background);
  private final Explainer control = new InputMagnitudeExplainer(background);

  @Test
  void controlFailsAndExactShapleyPassesDataRandomisation() {
    List<Model> trained = new ArrayList<>();
    ModelTrainer learner =
        set -> {
          Model m =
              Fixtures.fitted(schema, Fixtures.leastSquares(train, set.labels().orElseThrow()));
          trained.add(m);
          return m;
        };

    List<CheckResult> results =
        new RandomisationTest(2, 7)
            .dataRandomisation(
                List.of(shapley, control), model, labels, learner, 3, rows, ONE_THREAD);

    assertThat(trained).hasSize(3); // one model per repeat, shared by both methods
    assertThat(results).hasSize(2 * SimilarityMeasure.forData(null).size());
    for (CheckResult r : results) {
      assertThat(r.test()).isEqualTo(RandomisationTest.DATA);
      if (r.method().equals(InputMagnitudeExplainer.METHOD)) {
        // the control ignores the model: its explanations are identical
        assertThat(r.value()).as(r.measure()).isEqualTo(1.0);
        assertThat(r.verdict()).as(r.measure()).isEqualTo(Verdict.FAIL);
        assertThat(r.reason()).contains("barely changed");
      } else {
        assertThat(r.verdict()).as(r.measure()).isEqualTo(Verdict.PASS);
        assertThat(r.value()).as(r.measure()).isLessThan(0.4);
      }
    }
  }

  @Test
  void labelPermutationsAreSeededPermutations() {
    RandomisationTest test = new RandomisationTest(2, 7);
    double[] a = test.permute(labels, 0);
    assertThat(a).isEqualTo(new RandomisationTest(2, 7).permute(labels, 0));
    assertThat(a).isNotEqualTo(test.permute(labels, 1));
    double[] sortedA = a.clone();
    double[] sortedLabels = labels.clone();
    java.util.Arrays.sort(sortedA);
    java.util.Arrays.sort(sortedLabels);
    assertThat(sortedA).isEqualTo(sortedLabels);
  }

  @Test
  void parameterRandomisationCascadesFromTheOutputLayerAndRandomisesEachLayerAlone() {
    // A "two-layer" linear model: layer "top" holds the first three coefficients, "bottom" the
    // rest; randomising draws new coefficients.
    double[] w = {0, 3, -2, 1.5, 0.2, 0.1, 0.05};
    List<Set<String>> asked = new ArrayList<>();
    ParameterRandomiser randomiser =
        new ParameterRandomiser() {
          @Override
          public List<String> layers() {
            return List.of("top", "bottom");
          }

          @Override
          public Model randomise(Set<String> layers, long seed) {
            asked.add(layers);
            SplittableRandom random = new SplittableRandom(seed);
            double[] v = w.clone();
            for (int j = 1; j < v.length; j++) {
              String layer = j <= 3 ? "top" : "bottom";
              if (layers.contains(layer)) {
                v[j] = 3 * random.nextGaussian();
              }
            }
            return Fixtures.fitted(schema, v);
          }
        };

    List<CheckResult> results =
        new RandomisationTest(2, 5)
            .parameterRandomisation(
                List.of(shapley, control), model, randomiser, 1, rows, ONE_THREAD);

    assertThat(asked)
        .containsExactly(Set.of("top"), Set.of("top", "bottom"), Set.of("top"), Set.of("bottom"));
    assertThat(results.stream().map(CheckResult::test).distinct())
        .containsExactly(
            "parameter-randomization/cascading/top",
            "parameter-randomization/cascading/bottom",
            "parameter-randomization/independent/top",
            "parameter-randomization/independent/bottom");
    for (CheckResult r : results) {
      if (r.method().equals(InputMagnitudeExplainer.METHOD)) {
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
      }
    }
    CheckResult full =
        results.stream()
            .filter(
                r ->
                    r.method().equals(ExactShapley.METHOD)
                        && r.test().endsWith("cascading/bottom")
                        && r.measure().equals("spearman"))
            .findFirst()
            .orElseThrow();
    assertThat(full.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void topKNotBelowTheFeatureCountIsRefused() {
    assertThatThrownBy(
            () ->
                new RandomisationTest(6, 1)
                    .dataRandomisation(
                        List.of(control), model, labels, set -> model, 1, rows, ONE_THREAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top-k must be smaller than the number of features (6)");
  }
}
