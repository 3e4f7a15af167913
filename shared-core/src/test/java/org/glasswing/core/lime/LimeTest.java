package org.glasswing.core.lime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class LimeTest {

  private static final double[] BETA = {4, -3, 2, 1, 0.5};
  private static final Schema SCHEMA = Data.numericRegression(BETA.length);
  private static final Dataset TRAINING = Data.random(SCHEMA, 400, 7);
  private static final FunctionModel LINEAR =
      FunctionModel.regression(
          SCHEMA,
          x -> {
            double y = 3;
            for (int j = 0; j < BETA.length; j++) {
              y += BETA[j] * x[j];
            }
            return y;
          });

  private static EvaluationEngine engine(int threads) {
    return EvaluationEngine.defaults().withThreads(threads);
  }

  private static double[] trainingMeans() {
    double[] means = new double[BETA.length];
    for (int j = 0; j < BETA.length; j++) {
      means[j] = java.util.Arrays.stream(TRAINING.column(j)).average().orElseThrow();
    }
    return means;
  }

  @Test
  void continuousLimeOnALinearModelIsExactWithFidelityOne() {
    Dataset rows = Data.random(SCHEMA, 3, 99);
    Lime lime = new Lime(TRAINING, LimeMode.CONTINUOUS, 500, Double.NaN, BETA.length, 1);

    List<Explanation> explanations = lime.explain(LINEAR, rows, TargetSelection.all(), engine(1));

    double[] mean = trainingMeans();
    assertThat(explanations).hasSize(3);
    for (Explanation e : explanations) {
      assertThat(e.extras().get(Lime.FIDELITY)).isCloseTo(1.0, within(1e-9));
      double intercept = 3;
      for (int j = 0; j < BETA.length; j++) {
        intercept += BETA[j] * mean[j];
        double x = rows.value(e.row(), j);
        // attribution = surrogate weight × standardised value = β_j (x_j − training mean_j)
        assertThat(e.attribution(j)).as("x%d", j).isCloseTo(BETA[j] * (x - mean[j]), within(1e-8));
      }
      assertThat(e.baseValue()).isCloseTo(intercept, within(1e-8));
      assertThat(e.extras().get(Lime.INTERCEPT)).isEqualTo(e.baseValue());
      double sum = e.baseValue() + java.util.Arrays.stream(e.attributions()).sum();
      assertThat(sum).isCloseTo(e.prediction(), within(1e-8));
      assertThat(e.extras().get(Lime.LOCAL_PREDICTION)).isCloseTo(e.prediction(), within(1e-8));
      assertThat(e.settings()).containsEntry("mode", "continuous").containsEntry("samples", "500");
    }
  }

  @Test
  void continuousLimeRanksFeaturesLikeTheCoefficientsAndForwardSelectionKeepsTheLargest() {
    double[] mean = trainingMeans();
    double[] row = new double[SCHEMA.size()];
    for (int j = 0; j < BETA.length; j++) {
      row[j] = mean[j] + 0.5; // the same step above the mean for every feature
    }
    row[BETA.length] = Double.NaN;
    Dataset rows = new Dataset(SCHEMA, new double[][] {row});

    Explanation all =
        new Lime(TRAINING, LimeMode.CONTINUOUS, 2000, Double.NaN, BETA.length, 3)
            .explain(LINEAR, rows, TargetSelection.predicted(), engine(1))
            .get(0);
    Explanation three =
        new Lime(TRAINING, LimeMode.CONTINUOUS, 2000, Double.NaN, 3, 3)
            .explain(LINEAR, rows, TargetSelection.predicted(), engine(1))
            .get(0);

    assertThat(rankByMagnitude(all)).containsExactly(0, 1, 2, 3, 4);
    assertThat(three.attribution(3)).isZero();
    assertThat(three.attribution(4)).isZero();
    assertThat(rankByMagnitude(three).subList(0, 3)).containsExactly(0, 1, 2);
    // dropping x3 and x4 leaves (1² + 0.5²) / (16 + 9 + 4 + 1 + 0.25) of the variance unexplained
    assertThat(three.extras().get(Lime.FIDELITY)).isBetween(0.9, 0.99);
  }

  private static List<Integer> rankByMagnitude(Explanation e) {
    return IntStream.range(0, e.size())
        .boxed()
        .sorted(Comparator.comparingDouble(j -> -Math.abs(e.attribution(j))))
        .toList();
  }

  @Test
  void quartileLimeOnALinearModelGivesEachFeatureTheSignOfItsCoefficient() {
    double[] row = new double[SCHEMA.size()];
    java.util.Arrays.fill(row, 0.9); // top quartile of U(-1, 1) for every feature
    row[BETA.length] = Double.NaN;
    Explanation e =
        new Lime(TRAINING, LimeMode.QUARTILE, Lime.DEFAULT_SAMPLES, Double.NaN, BETA.length, 5)
            .explain(
                LINEAR, new Dataset(SCHEMA, new double[][] {row}), TargetSelection.all(), engine(2))
            .get(0);

    for (int j = 0; j < BETA.length; j++) {
      assertThat(Math.signum(e.attribution(j))).as("x%d", j).isEqualTo(Math.signum(BETA[j]));
    }
    assertThat(rankByMagnitude(e).subList(0, 3)).containsExactly(0, 1, 2);
    assertThat(e.extras().get(Lime.FIDELITY)).isBetween(0.5, 1.0);
    assertThat(e.prediction()).isCloseTo(LINEAR.predict(new double[][] {row})[0][0], within(1e-12));
    assertThat(e.settings())
        .containsEntry("mode", "quartile")
        .containsEntry("selection", "forward");
  }

  @Test
  void moreSamplesGiveLessVariableWeightsAcrossSeeds() {
    FunctionModel wiggly =
        FunctionModel.regression(
            SCHEMA, x -> x[0] * x[0] + Math.sin(3 * x[1]) + x[0] * x[2] + 0.3 * x[3]);
    Dataset rows = Data.random(SCHEMA, 1, 11);

    double few = spreadAcrossSeeds(wiggly, rows, 100);
    double many = spreadAcrossSeeds(wiggly, rows, 3000);

    assertThat(many).isLessThan(few / 3);
  }

  private static double spreadAcrossSeeds(FunctionModel model, Dataset rows, int samples) {
    int seeds = 12;
    List<double[]> runs = new ArrayList<>();
    for (int seed = 0; seed < seeds; seed++) {
      runs.add(
          new Lime(TRAINING, LimeMode.QUARTILE, samples, Double.NaN, BETA.length, seed)
              .explain(model, rows, TargetSelection.all(), engine(1))
              .get(0)
              .attributions());
    }
    double total = 0;
    for (int j = 0; j < BETA.length; j++) {
      double mean = 0;
      for (double[] run : runs) {
        mean += run[j] / seeds;
      }
      for (double[] run : runs) {
        total += (run[j] - mean) * (run[j] - mean) / (seeds - 1);
      }
    }
    return total;
  }

  @Test
  void resultsDependOnTheSeedButNotOnTheThreadCount() {
    Dataset rows = Data.random(SCHEMA, 6, 5);
    Lime lime = new Lime(TRAINING, LimeMode.QUARTILE, 300, Double.NaN, 3, 42);

    List<Explanation> one = lime.explain(LINEAR, rows, TargetSelection.all(), engine(1));
    List<Explanation> four =
        lime.explain(
            LINEAR,
            rows,
            TargetSelection.all(),
            new EvaluationEngine(4, 7, (f, m) -> {}, () -> false));
    List<Explanation> otherSeed =
        new Lime(TRAINING, LimeMode.QUARTILE, 300, Double.NaN, 3, 43)
            .explain(LINEAR, rows, TargetSelection.all(), engine(1));

    for (int i = 0; i < one.size(); i++) {
      assertThat(four.get(i).attributions()).containsExactly(one.get(i).attributions());
      assertThat(four.get(i).extras()).isEqualTo(one.get(i).extras());
    }
    assertThat(otherSeed.get(0).attributions()).isNotEqualTo(one.get(0).attributions());
  }

  @Test
  void explainsEveryClassOfAClassifierWithNominalFeatures() {
    Schema schema =
        new Schema(
            List.of(
                org.glasswing.core.data.Feature.numeric("x"),
                org.glasswing.core.data.Feature.nominal("colour", List.of("red", "blue")),
                org.glasswing.core.data.Feature.nominal("class", List.of("no", "yes"))),
            2);
    Dataset training = Data.random(schema, 200, 3);
    FunctionModel model =
        FunctionModel.softmax(schema, x -> new double[] {0, 3 * x[1] + 0.1 * x[0]});
    Dataset rows = new Dataset(schema, new double[][] {{0.2, 1, Double.NaN}});

    List<Explanation> explanations =
        new Lime(training, LimeMode.QUARTILE, 1000, Double.NaN, 2, 1)
            .explain(model, rows, TargetSelection.all(), engine(1));

    assertThat(explanations).extracting(Explanation::target).containsExactly("no", "yes");
    Explanation yes = explanations.get(1);
    assertThat(yes.attribution(1)).isGreaterThan(0.3); // being blue raises p(yes)
    assertThat(Math.abs(yes.attribution(1))).isGreaterThan(10 * Math.abs(yes.attribution(0)));
    assertThat(explanations.get(0).attribution(1)).isCloseTo(-yes.attribution(1), within(1e-9));
  }

  @Test
  void refusesMoreFeaturesThanTheDataHasAndOtherBadSettings() {
    Dataset rows = Data.random(SCHEMA, 1, 1);
    Lime tooMany = new Lime(TRAINING, LimeMode.QUARTILE, 100, Double.NaN, 6, 1);
    assertThatThrownBy(() -> tooMany.explain(LINEAR, rows, TargetSelection.all(), engine(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--max-features is 6")
        .hasMessageContaining("only 5 features");
    assertThatThrownBy(() -> new Lime(TRAINING, LimeMode.QUARTILE, 100, Double.NaN, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 feature");
    assertThatThrownBy(() -> new Lime(TRAINING, LimeMode.QUARTILE, 4, Double.NaN, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least K + 2 = 5 samples");
    assertThatThrownBy(() -> new Lime(TRAINING, LimeMode.QUARTILE, 100, -1, 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kernel width");
    assertThatThrownBy(() -> LimeMode.parse("binned"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quartile or continuous");
  }
}
