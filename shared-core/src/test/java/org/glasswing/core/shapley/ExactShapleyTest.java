package org.glasswing.core.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class ExactShapleyTest {

  private static final EvaluationEngine ONE_THREAD = EvaluationEngine.defaults().withThreads(1);

  @Test
  void linearModelGetsBetaTimesDistanceFromBackgroundMean() {
    double[] beta = {2.0, -3.0, 0.5, 0.0, 7.25};
    Schema schema = Data.numericRegression(beta.length);
    Model model =
        FunctionModel.regression(
            schema,
            x -> {
              double y = 1.5;
              for (int j = 0; j < beta.length; j++) {
                y += beta[j] * x[j];
              }
              return y;
            });
    Dataset background = Data.random(schema, 17, 3);
    Dataset rows = Data.random(schema, 5, 4);

    List<Explanation> explanations =
        new ExactShapley(Background.uniform(background))
            .explain(model, rows, TargetSelection.predicted(), ONE_THREAD);

    assertThat(explanations).hasSize(5);
    for (Explanation e : explanations) {
      for (int j = 0; j < beta.length; j++) {
        double mean = mean(background.column(j));
        assertThat(e.attribution(j))
            .as("feature %d of row %d", j, e.row())
            .isCloseTo(beta[j] * (rows.value(e.row(), j) - mean), within(1e-12));
      }
    }
  }

  @Test
  void weightedBackgroundShiftsTheReferenceToTheWeightedMean() {
    Schema schema = Data.numericRegression(2);
    Model model = FunctionModel.regression(schema, x -> 4 * x[0] - x[1]);
    Dataset background =
        new Dataset(schema, new double[][] {{0, 0, Double.NaN}, {1, 1, Double.NaN}});
    Dataset row = new Dataset(schema, new double[][] {{2, 2, Double.NaN}});

    Explanation e =
        new ExactShapley(new Background(background, new double[] {3, 1}))
            .explain(model, row, TargetSelection.predicted(), ONE_THREAD)
            .get(0);

    assertThat(e.attribution(0)).isCloseTo(4 * (2 - 0.25), within(1e-12));
    assertThat(e.attribution(1)).isCloseTo(-(2 - 0.25), within(1e-12));
    assertThat(e.baseValue()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void agreesWithBruteForceOverAllOrderingsOnAnInteractingClassifier() {
    Schema schema = Data.numericClassification(5, "a", "b", "c");
    Model model =
        FunctionModel.softmax(
            schema,
            x ->
                new double[] {
                  x[0] * x[1] + Math.sin(3 * x[2]),
                  x[3] * x[3] - x[0] * x[4],
                  Math.max(x[1], x[2]) + x[4]
                });
    Dataset background = Data.random(schema, 8, 11);
    Dataset rows = Data.random(schema, 3, 12);

    List<Explanation> explanations =
        new ExactShapley(Background.uniform(background))
            .explain(model, rows, TargetSelection.all(), EvaluationEngine.defaults());

    assertThat(explanations).hasSize(9);
    for (Explanation e : explanations) {
      double[] reference =
          BruteForceShapley.values(model, rows.row(e.row()), background, e.targetIndex());
      assertThat(e.attributions()).containsExactly(reference, within(1e-12));
    }
  }

  @Test
  void efficiencyHoldsAndAttributionsOfAllClassesSumToZeroPerFeature() {
    Schema schema = Data.numericClassification(6, "no", "maybe", "yes");
    Model model =
        FunctionModel.softmax(
            schema,
            x -> new double[] {x[0] * x[5], Math.exp(x[1]) - x[2], x[3] + x[4] * x[1] - x[0]});
    Dataset rows = Data.random(schema, 4, 21);

    List<Explanation> explanations =
        new ExactShapley(Background.uniform(Data.random(schema, 10, 22)))
            .explain(model, rows, TargetSelection.all(), ONE_THREAD);

    for (Explanation e : explanations) {
      assertThat(sum(e.attributions())).isCloseTo(e.prediction() - e.baseValue(), within(1e-9));
      double[] direct = model.predict(new double[][] {rows.row(e.row())})[0];
      assertThat(e.prediction()).isCloseTo(direct[e.targetIndex()], within(1e-12));
    }
    for (int row = 0; row < 4; row++) {
      for (int feature = 0; feature < 6; feature++) {
        double total = 0;
        for (Explanation e : explanations) {
          if (e.row() == row) {
            total += e.attribution(feature);
          }
        }
        assertThat(total).isCloseTo(0, within(1e-12));
      }
    }
  }

  @Test
  void symmetricFeaturesWithEqualValuesGetEqualCreditAndAnIgnoredFeatureGetsZero() {
    Schema schema = Data.numericRegression(4);
    // Symmetric in x0 and x1; x3 is never read.
    Model model = FunctionModel.regression(schema, x -> x[0] * x[1] + Math.exp(x[0] + x[1]) * x[2]);
    Dataset raw = Data.random(schema, 6, 31);
    List<double[]> mirrored = new ArrayList<>();
    for (double[] row : raw.rows()) {
      mirrored.add(row);
      double[] swapped = row.clone();
      swapped[0] = row[1];
      swapped[1] = row[0];
      mirrored.add(swapped);
    }
    Dataset background = new Dataset(schema, mirrored.toArray(double[][]::new));
    Dataset row = new Dataset(schema, new double[][] {{0.4, 0.4, -0.7, 0.9, Double.NaN}});

    Explanation e =
        new ExactShapley(Background.uniform(background))
            .explain(model, row, TargetSelection.predicted(), ONE_THREAD)
            .get(0);

    assertThat(e.attribution(0)).isCloseTo(e.attribution(1), within(1e-12));
    assertThat(e.attribution(0)).isNotCloseTo(0, within(1e-6));
    assertThat(e.attribution(3)).isEqualTo(0.0);
  }

  @Test
  void aNominalFeatureIsOnePlayerAndAMissingValueStaysMissing() {
    Schema schema =
        new Schema(
            List.of(
                Feature.nominal("colour", List.of("red", "green", "blue")),
                Feature.numeric("size"),
                Feature.numeric("y")),
            2);
    double[] effect = {1.0, -2.0, 5.0};
    Model model =
        FunctionModel.regression(
            schema,
            x ->
                (Double.isNaN(x[0]) ? 10.0 : effect[(int) x[0]]) + (Double.isNaN(x[1]) ? 0 : x[1]));
    Dataset background =
        new Dataset(
            schema, new double[][] {{0, 1, Double.NaN}, {1, 2, Double.NaN}, {2, 3, Double.NaN}});
    Dataset rows =
        new Dataset(schema, new double[][] {{2, 0.5, Double.NaN}, {Double.NaN, 0.5, Double.NaN}});

    List<Explanation> explanations =
        new ExactShapley(Background.uniform(background))
            .explain(model, rows, TargetSelection.predicted(), ONE_THREAD);

    assertThat(explanations.get(0).size()).isEqualTo(2);
    assertThat(explanations.get(0).attribution(0)).isCloseTo(5.0 - 4.0 / 3, within(1e-12));
    assertThat(explanations.get(0).formattedValue(0)).isEqualTo("blue");
    assertThat(explanations.get(1).attribution(0)).isCloseTo(10.0 - 4.0 / 3, within(1e-12));
    assertThat(explanations.get(1).formattedValue(0)).isEqualTo("?");
    assertThat(explanations.get(1).prediction()).isCloseTo(10.5, within(1e-12));
  }

  @Test
  void namedTargetExplainsThatClassOnly() {
    Schema schema = Data.numericClassification(2, "neg", "pos");
    Model model = FunctionModel.softmax(schema, x -> new double[] {0, x[0] + x[1]});
    List<Explanation> explanations =
        new ExactShapley(Background.uniform(Data.random(schema, 4, 1)))
            .explain(model, Data.random(schema, 3, 2), TargetSelection.named("neg"), ONE_THREAD);
    assertThat(explanations).extracting(Explanation::target).containsOnly("neg");
    assertThatThrownBy(
            () ->
                new ExactShapley(Background.uniform(Data.random(schema, 4, 1)))
                    .explain(
                        model, Data.random(schema, 1, 2), TargetSelection.named("x"), ONE_THREAD))
        .hasMessageContaining("no class 'x'")
        .hasMessageContaining("neg, pos");
  }

  @Test
  void refusesMoreThanTwentyFeaturesAndNamesTheEstimator() {
    Schema schema = Data.numericRegression(21);
    Model model = FunctionModel.regression(schema, x -> x[0]);
    assertThatThrownBy(
            () ->
                new ExactShapley(Background.uniform(Data.random(schema, 2, 1)))
                    .explain(
                        model, Data.random(schema, 1, 1), TargetSelection.predicted(), ONE_THREAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 20 features")
        .hasMessageContaining("21")
        .hasMessageContaining("sampling-shapley");
  }

  @Test
  void rowsOrBackgroundWithAnotherSchemaAreRefusedNamingTheColumn() {
    Schema schema = Data.numericRegression(2);
    Schema other =
        new Schema(List.of(Feature.numeric("x0"), Feature.numeric("z"), Feature.numeric("y")), 2);
    Model model = FunctionModel.regression(schema, x -> x[0]);
    ExactShapley explainer = new ExactShapley(Background.uniform(Data.random(schema, 2, 1)));
    assertThatThrownBy(
            () ->
                explainer.explain(
                    model, Data.random(other, 1, 1), TargetSelection.predicted(), ONE_THREAD))
        .hasMessageContaining("'x1'")
        .hasMessageContaining("'z'");
    assertThatThrownBy(
            () ->
                new ExactShapley(Background.uniform(Data.random(other, 2, 1)))
                    .explain(
                        model, Data.random(schema, 1, 1), TargetSelection.predicted(), ONE_THREAD))
        .hasMessageContaining("background");
    assertThatThrownBy(
            () ->
                explainer.explain(
                    model, Data.random(schema, 0, 1), TargetSelection.predicted(), ONE_THREAD))
        .hasMessageContaining("no rows");
  }

  @Test
  void shapleyWeightsOfEachFeatureSumToOne() {
    for (int n = 1; n <= 20; n++) {
      double[] w = ExactShapley.weights(n);
      double total = 0;
      double binomial = 1;
      for (int s = 0; s < n; s++) {
        total += w[s] * binomial;
        binomial = binomial * (n - 1 - s) / (s + 1);
      }
      assertThat(total).as("n=%d", n).isCloseTo(1.0, within(1e-12));
    }
  }

  static double mean(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total / values.length;
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
