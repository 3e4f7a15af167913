package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class RegressionAndDistanceTest {

  private static final double ALPHA = 0.1;

  /** y = x0 + noise whose spread grows with |x1|: heteroscedastic. */
  private static Dataset heteroscedastic(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[rows][3];
    for (int r = 0; r < rows; r++) {
      double x0 = random.nextDouble(-1, 1);
      double x1 = random.nextDouble(-1, 1);
      values[r] = new double[] {x0, x1, x0 + (0.05 + Math.abs(x1)) * Synthetic.gaussian(random)};
    }
    return new Dataset(Data.numericRegression(2), values);
  }

  private static double[] predictions(Dataset rows) {
    return rows.column(0); // the model knows the mean x0 exactly
  }

  @Test
  void absoluteAndNormalisedIntervalsCoverAveragedOverFiftySeeds() {
    double absolute = 0;
    double normalised = 0;
    double absoluteWidth = 0;
    double normalisedWidth = 0;
    for (int seed = 0; seed < 50; seed++) {
      Dataset proper = heteroscedastic(300, 10 + seed);
      Dataset calibration = heteroscedastic(48, 100 + seed);
      Dataset test = heteroscedastic(300, 200 + seed);
      KnnDifficulty knn = new KnnDifficulty(proper, 25);
      ConformalRegressor a =
          ConformalRegressor.absolute(predictions(calibration), calibration.column(2), ALPHA);
      ConformalRegressor n =
          ConformalRegressor.normalised(
              predictions(calibration),
              calibration.column(2),
              knn.difficulties(calibration),
              ConformalRegressor.DEFAULT_BETA,
              ALPHA);
      ConformalRegressor.Summary sa =
          a.evaluate(predictions(test), test.column(2), new double[test.numRows()]);
      ConformalRegressor.Summary sn =
          n.evaluate(predictions(test), test.column(2), knn.difficulties(test));
      absolute += sa.coverage() / 50;
      normalised += sn.coverage() / 50;
      absoluteWidth += sa.meanWidth() / 50;
      normalisedWidth += sn.meanWidth() / 50;
    }
    assertThat(absolute).isBetween(1 - ALPHA, 1 - ALPHA + 0.03);
    assertThat(normalised).isBetween(1 - ALPHA, 1 - ALPHA + 0.03);
    assertThat(normalisedWidth).as("adaptive intervals are narrower").isLessThan(absoluteWidth);
  }

  @Test
  void anIntervalIsThePredictionPlusMinusTheQuantile() {
    double[] predicted = new double[10];
    double[] actual = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    ConformalRegressor r = ConformalRegressor.absolute(predicted, actual, 0.2); // ceil(8.8) = 9th
    assertThat(r.quantile()).isEqualTo(9);
    assertThat(r.interval(100).lower()).isEqualTo(91);
    assertThat(r.interval(100).upper()).isEqualTo(109);
    assertThatThrownBy(() -> ConformalRegressor.absolute(predicted, actual, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too few calibration rows");
  }

  @Test
  void rowsShiftedFarFromTheTrainingDataGetPercentilesAboveNinetyNine() {
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("a"),
                Feature.numeric("b"),
                Feature.nominal("colour", List.of("red", "green", "blue")),
                Feature.nominal("class", List.of("no", "yes"))),
            3);
    SplittableRandom random = new SplittableRandom(5);
    double[][] train = new double[400][];
    for (int r = 0; r < train.length; r++) {
      double a = Synthetic.gaussian(random);
      train[r] =
          new double[] {a, 10 + 3 * (a + Synthetic.gaussian(random)), random.nextInt(3), r % 2};
    }
    OutOfDistribution ood = OutOfDistribution.fit(new Dataset(schema, train), 5);
    double[][] probe = new double[40][];
    for (int r = 0; r < 20; r++) {
      double a = Synthetic.gaussian(random);
      probe[r] = new double[] {a, 10 + 3 * (a + Synthetic.gaussian(random)), random.nextInt(3), 0};
      probe[20 + r] = new double[] {a + 8, 10 - 30 * (1 + r % 3), r % 3, 0};
    }
    List<OutOfDistribution.Score> scores =
        ood.score(new Dataset(schema, probe), org.glasswing.core.engine.CancellationToken.NONE);

    double typical = 0;
    for (int r = 0; r < 20; r++) {
      typical += scores.get(r).knnPercentile() / 20;
      OutOfDistribution.Score shifted = scores.get(20 + r);
      assertThat(shifted.knnPercentile()).as("row %d", 20 + r).isGreaterThan(99);
      assertThat(shifted.mahalanobisPercentile()).as("row %d", 20 + r).isGreaterThan(99);
    }
    assertThat(typical).as("in-distribution rows look typical").isBetween(25.0, 75.0);
    assertThat(ood.trainingScores()).hasSize(400);
  }

  @Test
  void mahalanobisDistanceFollowsTheCorrelation() {
    // b = a exactly: (1, 1) lies along the data, (1, -1) across it
    Schema schema = Data.numericRegression(2);
    SplittableRandom random = new SplittableRandom(9);
    double[][] train = new double[500][];
    for (int r = 0; r < train.length; r++) {
      double a = Synthetic.gaussian(random);
      train[r] = new double[] {a, a + 0.1 * Synthetic.gaussian(random), 0};
    }
    OutOfDistribution ood = OutOfDistribution.fit(new Dataset(schema, train), 3);
    List<OutOfDistribution.Score> s =
        ood.score(
            new Dataset(schema, new double[][] {{1, 1, 0}, {1, -1, 0}}),
            org.glasswing.core.engine.CancellationToken.NONE);
    assertThat(s.get(0).mahalanobis()).isLessThan(2);
    assertThat(s.get(1).mahalanobis()).isGreaterThan(10);
  }

  @Test
  void mixedDistanceStandardisesNumbersAndCountsLabelMismatches() {
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("x"),
                Feature.nominal("c", List.of("p", "q")),
                Feature.numeric("y")),
            2);
    Dataset ref = new Dataset(schema, new double[][] {{0, 0, 0}, {2, 1, 0}}); // sd of x = sqrt 2
    MixedDistance d = MixedDistance.fit(ref);
    assertThat(d.distance(new double[] {0, 0, 5}, new double[] {2, 1, -5}))
        .isCloseTo(Math.sqrt(2 + 1), within(1e-12));
    assertThat(d.distance(new double[] {Double.NaN, 0, 0}, new double[] {2, 0, 0})).isEqualTo(1);
  }

  @Test
  void ensembleDisagreementOnHandMadeMembers() {
    EnsembleDisagreement.Scores split = EnsembleDisagreement.of(new double[][] {{1, 0}, {0, 1}});
    assertThat(split.predicted()).isZero();
    assertThat(split.variance()).isCloseTo(0.25, within(1e-12));
    assertThat(split.disagreement()).isEqualTo(1);
    assertThat(split.mutualInformation()).isCloseTo(Math.log(2), within(1e-12));

    EnsembleDisagreement.Scores same =
        EnsembleDisagreement.of(new double[][] {{0.3, 0.7}, {0.3, 0.7}, {0.3, 0.7}});
    assertThat(same.predicted()).isEqualTo(1);
    assertThat(same.variance()).isCloseTo(0, within(1e-15));
    assertThat(same.disagreement()).isZero();
    assertThat(same.mutualInformation()).isCloseTo(0, within(1e-12));

    // three members, votes a, a, b: one pair in three agrees... two of three pairs differ
    EnsembleDisagreement.Scores votes =
        EnsembleDisagreement.of(new double[][] {{0.8, 0.2}, {0.6, 0.4}, {0.1, 0.9}});
    assertThat(votes.disagreement()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(votes.meanProbabilities().get(0)).isCloseTo(0.5, within(1e-12));
    assertThatThrownBy(() -> EnsembleDisagreement.of(new double[][] {{1, 0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two members");
  }
}
