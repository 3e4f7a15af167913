package org.glasswing.core.counterfactual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class CounterfactualSearchTest {

  private static final Schema LINEAR_SCHEMA = Data.numericClassification(2, "no", "yes");

  /** Predicts yes when 2 x0 + x1 > 1. */
  private static final FunctionModel LINEAR =
      FunctionModel.softmax(LINEAR_SCHEMA, r -> new double[] {0, 3 * (2 * r[0] + r[1] - 1)});

  /** 300 rows uniform on (-3, 3)², labelled by the linear model. */
  private static Dataset linearData() {
    SplittableRandom random = new SplittableRandom(11);
    double[][] rows = new double[300][];
    for (int r = 0; r < rows.length; r++) {
      double x0 = random.nextDouble(-3, 3);
      double x1 = random.nextDouble(-3, 3);
      rows[r] = new double[] {x0, x1, 2 * x0 + x1 > 1 ? 1 : 0};
    }
    return new Dataset(LINEAR_SCHEMA, rows);
  }

  private static EvaluationEngine engine(int threads) {
    return EvaluationEngine.defaults().withThreads(threads);
  }

  private static Dataset one(double... row) {
    return new Dataset(LINEAR_SCHEMA, new double[][] {row});
  }

  @Test
  void onALinearModelTheBestCounterfactualIsTheClosedFormSingleFeatureChange() {
    Dataset data = linearData();
    CounterfactualSearch search =
        new CounterfactualSearch(data, RowDistance.gower(data), Constraints.NONE, 3, 5000, 1);

    // From (-1, -1): the boundary 2 x0 + x1 = 1 is nearest in L1 by moving x0 alone, to 1
    // (x1 alone would have to reach 3, the edge of the data).
    CounterfactualResult result =
        search.search(LINEAR, one(-1, -1, Double.NaN), new int[] {1}, engine(1)).get(0);

    assertThat(result.counterfactuals()).isNotEmpty();
    Counterfactual best = result.counterfactuals().get(0);
    assertThat(best.changed()).isEqualTo(1);
    assertThat(best.row()[1]).isEqualTo(-1);
    assertThat(best.row()[0]).isGreaterThan(1).isCloseTo(1, within(0.01));
    assertThat(best.probability()).isGreaterThan(0.5);
    assertThat(result.originalClass()).isZero();
    assertThat(result.desiredClass()).isEqualTo(1);
    assertThat(result.evaluations()).isLessThanOrEqualTo(5000);
  }

  @Test
  void aFeatureWhoseDataIsWholeNumbersGetsWholeNumbersAtTheSmallestValidStep() {
    // Ages 18..80 as whole numbers; the model says yes once x0 + x1 / 10 > 40.5.
    SplittableRandom random = new SplittableRandom(5);
    double[][] rows = new double[300][];
    for (int r = 0; r < rows.length; r++) {
      double age = 18 + random.nextInt(63);
      double x1 = random.nextDouble(-3, 3);
      rows[r] = new double[] {age, x1, age + x1 / 10 > 40.5 ? 1 : 0};
    }
    Dataset data = new Dataset(LINEAR_SCHEMA, rows);
    FunctionModel model =
        FunctionModel.softmax(LINEAR_SCHEMA, r -> new double[] {0, 3 * (r[0] + r[1] / 10 - 40.5)});
    CounterfactualSearch search =
        new CounterfactualSearch(
            data,
            RowDistance.gower(data),
            new Constraints(Set.of(1), Map.of(), Map.of()),
            2,
            5000,
            7);

    CounterfactualResult result =
        search.search(model, one(30, 0, Double.NaN), new int[] {1}, engine(2)).get(0);

    assertThat(result.counterfactuals()).isNotEmpty();
    for (Counterfactual c : result.counterfactuals()) {
      assertThat(c.row()[0]).isEqualTo(Math.rint(c.row()[0])).isGreaterThanOrEqualTo(41);
    }
    assertThat(result.counterfactuals().get(0).row()[0]).isEqualTo(41);
  }

  @Test
  void withTheCheapFeatureFrozenTheOtherMovesToItsClosedForm() {
    Dataset data = linearData();
    // From (0.2, -2): freeze x0, so x1 must exceed 1 - 2 * 0.2 = 0.6.
    Constraints frozen = new Constraints(Set.of(0), Map.of(), Map.of());
    CounterfactualSearch search =
        new CounterfactualSearch(data, RowDistance.gower(data), frozen, 2, 5000, 3);

    CounterfactualResult result =
        search.search(LINEAR, one(0.2, -2, Double.NaN), new int[] {-1}, engine(2)).get(0);

    assertThat(result.counterfactuals()).isNotEmpty();
    for (Counterfactual cf : result.counterfactuals()) {
      assertThat(cf.row()[0]).isEqualTo(0.2);
    }
    assertThat(result.counterfactuals().get(0).row()[1]).isCloseTo(0.6, within(0.01));
  }

  @Test
  void everyCounterfactualIsValidAndRespectsFrozenFeaturesRangesDirectionsAndLabels() {
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("age"),
                Feature.numeric("income"),
                Feature.numeric("debt"),
                Feature.nominal("housing", List.of("rent", "own", "free")),
                Feature.nominal("class", List.of("bad", "good", "unsure"))),
            4);
    Model model =
        FunctionModel.softmax(
            schema,
            r ->
                new double[] {
                  r[2] * r[2] - r[1],
                  r[1] + 0.5 * Math.sin(3 * r[0]) + (r[3] == 1 ? 1 : 0),
                  0.3 + 0.2 * r[0]
                });
    SplittableRandom random = new SplittableRandom(5);
    double[][] rows = new double[200][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] =
          new double[] {
            random.nextDouble(-1, 1),
            random.nextDouble(-1, 1),
            random.nextDouble(-1, 1),
            random.nextInt(3),
            random.nextInt(3)
          };
    }
    Dataset data = new Dataset(schema, rows);
    Constraints constraints =
        new Constraints(
            Set.of(0), Map.of(1, new double[] {-0.5, 0.6}), Map.of(2, Direction.DECREASE));
    CounterfactualSearch search =
        new CounterfactualSearch(data, RowDistance.standardised(data), constraints, 3, 3000, 9);
    Dataset queries = data.select(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
    int[] desired = new int[8];
    java.util.Arrays.fill(desired, -1);

    List<CounterfactualResult> results = search.search(model, queries, desired, engine(2));

    int found = 0;
    for (int q = 0; q < results.size(); q++) {
      CounterfactualResult result = results.get(q);
      double[] original = queries.row(q);
      for (Counterfactual cf : result.counterfactuals()) {
        found++;
        double[] row = cf.row();
        double[] output = model.predict(new double[][] {row})[0];
        assertThat(SearchHelpers.argMax(output)).isEqualTo(result.desiredClass());
        assertThat(row[0]).isEqualTo(original[0]);
        if (row[1] != original[1]) {
          assertThat(row[1]).isBetween(-0.5, 0.6);
        }
        assertThat(row[2]).isLessThanOrEqualTo(original[2]);
        assertThat(row[3]).isIn(0.0, 1.0, 2.0);
        assertThat(constraints.allows(schema, original, row)).isTrue();
        assertThat(cf.changed()).isPositive();
        assertThat(cf.distance()).isPositive();
      }
      assertThat(result.counterfactuals()).hasSizeLessThanOrEqualTo(3);
    }
    assertThat(found).isGreaterThan(8);
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    Dataset data = linearData();
    CounterfactualSearch search =
        new CounterfactualSearch(data, RowDistance.gower(data), Constraints.NONE, 3, 2000, 4);
    Dataset queries = data.select(new int[] {0, 1, 2, 3});
    int[] desired = {-1, -1, -1, -1};
    List<CounterfactualResult> one = search.search(LINEAR, queries, desired, engine(1));
    List<CounterfactualResult> two = search.search(LINEAR, queries, desired, engine(2));
    for (int q = 0; q < 4; q++) {
      assertThat(two.get(q).counterfactuals())
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(one.get(q).counterfactuals());
    }
  }

  @Test
  void noCounterfactualWithinTheBudgetReturnsNoneAndSaysSo() {
    Dataset data = linearData();
    Model alwaysNo = FunctionModel.softmax(LINEAR_SCHEMA, r -> new double[] {1, 0});
    CounterfactualSearch search =
        new CounterfactualSearch(data, RowDistance.gower(data), Constraints.NONE, 3, 500, 1);

    CounterfactualResult result =
        search.search(alwaysNo, one(0, 0, Double.NaN), new int[] {1}, engine(1)).get(0);

    assertThat(result.counterfactuals()).isEmpty();
    assertThat(result.failure()).hasValueSatisfying(m -> assertThat(m).contains("500"));
    assertThat(result.evaluations()).isLessThanOrEqualTo(500);
  }

  @Test
  void refusesTheCurrentClassAFullyFrozenRowAndBadSettings() {
    Dataset data = linearData();
    CounterfactualSearch search =
        new CounterfactualSearch(data, RowDistance.gower(data), Constraints.NONE, 3, 500, 1);
    assertThatThrownBy(() -> search.search(LINEAR, one(-1, -1, 0), new int[] {0}, engine(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already predicted as 'no'");

    CounterfactualSearch frozen =
        new CounterfactualSearch(
            data,
            RowDistance.gower(data),
            new Constraints(Set.of(0, 1), Map.of(), Map.of()),
            3,
            500,
            1);
    assertThatThrownBy(() -> frozen.search(LINEAR, one(-1, -1, 0), new int[] {1}, engine(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every attribute is frozen");

    assertThatThrownBy(
            () ->
                new CounterfactualSearch(
                    data,
                    RowDistance.gower(data),
                    new Constraints(Set.of(), Map.of(0, new double[] {2, 1}), Map.of()),
                    3,
                    500,
                    1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min <= max");
    assertThatThrownBy(
            () ->
                new CounterfactualSearch(
                    data, RowDistance.gower(data), Constraints.NONE, 0, 500, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFrozenAttributeNeverChangesAcrossSeedsAndRows() {
    Dataset data = linearData();
    Dataset rows = data.select(java.util.stream.IntStream.range(0, 12).toArray());
    int[] any = new int[rows.numRows()];
    java.util.Arrays.fill(any, -1);
    Constraints frozen = new Constraints(Set.of(1), Map.of(), Map.of());
    int found = 0;
    for (long seed = 1; seed <= 5; seed++) {
      CounterfactualSearch search =
          new CounterfactualSearch(data, RowDistance.gower(data), frozen, 3, 1000, seed, 0.05);
      List<CounterfactualResult> results = search.search(LINEAR, rows, any, engine(2));
      for (int r = 0; r < results.size(); r++) {
        for (Counterfactual cf : results.get(r).counterfactuals()) {
          assertThat(cf.row()[1]).isEqualTo(rows.value(r, 1));
          found++;
        }
      }
    }
    assertThat(found).isGreaterThan(30);
  }

  @Test
  void aMarginGivesChangesThatClearTheBoundaryByIt() {
    Dataset data = linearData();
    double[] query = {-1, -1, Double.NaN};
    CounterfactualResult plain =
        new CounterfactualSearch(data, RowDistance.gower(data), Constraints.NONE, 3, 5000, 1, 0)
            .search(LINEAR, one(query), new int[] {1}, engine(1))
            .get(0);
    CounterfactualResult clear =
        new CounterfactualSearch(data, RowDistance.gower(data), Constraints.NONE, 3, 5000, 1, 0.2)
            .search(LINEAR, one(query), new int[] {1}, engine(1))
            .get(0);

    assertThat(clear.counterfactuals()).isNotEmpty();
    for (Counterfactual cf : clear.counterfactuals()) {
      double[] output = LINEAR.predict(new double[][] {cf.row()})[0];
      assertThat(cf.boundaryMargin())
          .isGreaterThanOrEqualTo(0.2)
          .isCloseTo(Counterfactual.marginOf(output, 1), within(1e-12));
      assertThat(cf.probability()).isGreaterThanOrEqualTo(0.7);
    }
    // p >= 0.7 needs 3 (2 x0 + x1 - 1) >= ln(7/3), so x0 >= 1 + ln(7/3) / 6 when x0 alone moves.
    Counterfactual best = clear.counterfactuals().get(0);
    assertThat(best.row()[0]).isCloseTo(1 + Math.log(7.0 / 3) / 6, within(0.02));
    assertThat(best.distance()).isGreaterThan(plain.counterfactuals().get(0).distance());
  }

  @Test
  void aMarginNoChangeCanReachFallsBackToCrossingTheBoundaryAndSaysHowClose() {
    Dataset data = linearData();
    // With x0 frozen at -2, x1 at most 3 gives 2 x0 + x1 - 1 <= -2: never yes; at -0.5, x1 must
    // exceed 2, and p at the edge x1 = 3 is 1 / (1 + e^-3), margin about 0.45 at most.
    Constraints frozen = new Constraints(Set.of(0), Map.of(), Map.of());
    CounterfactualResult result =
        new CounterfactualSearch(data, RowDistance.gower(data), frozen, 2, 2000, 1, 0.48)
            .search(LINEAR, one(-0.5, 0, Double.NaN), new int[] {1}, engine(1))
            .get(0);

    assertThat(result.counterfactuals()).isNotEmpty();
    for (Counterfactual cf : result.counterfactuals()) {
      assertThat(cf.boundaryMargin()).isGreaterThan(0).isLessThan(0.48);
    }
    assertThat(result.budget()).isEqualTo(4000);
  }

  @Test
  void aMarginOutsideZeroToHalfIsRefused() {
    Dataset data = linearData();
    assertThatThrownBy(
            () ->
                new CounterfactualSearch(
                    data, RowDistance.gower(data), Constraints.NONE, 1, 500, 1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("margin");
  }
}
