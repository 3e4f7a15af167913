package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.uncertainty.ConformalRegressor;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaSplits;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.LinearRegression;
import weka.core.Instances;

class ConformalRegressionAnalysisTest {

  private static final MethodSpec SPEC =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "conformal-regression");

  /** y = 3 x1 + noise; x2 is noise. */
  private static Instances linear(int rows) {
    Random random = new Random(8);
    StringBuilder arff =
        new StringBuilder(
            "@relation lin\n@attribute x1 numeric\n@attribute x2 numeric\n"
                + "@attribute y numeric\n@data\n");
    for (int r = 0; r < rows; r++) {
      double x1 = random.nextDouble();
      arff.append(x1).append(',').append(random.nextDouble()).append(',');
      arff.append(3 * x1 + 0.2 * random.nextGaussian()).append('\n');
    }
    return TestData.arff(arff.toString());
  }

  @Test
  void theIntervalIsThePredictionPlusTheCalibrationResidualQuantile() throws Exception {
    Instances data = linear(120);
    ConformalRegressionAnalysis.Found found =
        ConformalRegressionAnalysis.predict(SPEC, SPEC.defaults(), new LinearRegression(), data, 5);
    Instances others = new Instances(data);
    others.delete(5);
    Instances[] parts =
        WekaSplits.holdout(others, Resampling.holdout(others.numInstances(), 0.3, 1));
    LinearRegression model = new LinearRegression();
    model.buildClassifier(parts[0]);
    CrossValidatedPredictions calibration = CrossValidatedPredictions.ofTrained(model, parts[1]);
    double[] yHat = new double[parts[1].numInstances()];
    double[] y = new double[yHat.length];
    for (int i = 0; i < yHat.length; i++) {
      yHat[i] = calibration.distribution(i)[0];
      y[i] = calibration.actual(i);
    }
    double q = ConformalRegressor.absolute(yHat, y, 0.1).quantile();
    double prediction = model.classifyInstance(data.instance(5));
    assertThat(found.interval().prediction()).isCloseTo(prediction, within(1e-12));
    assertThat(found.interval().lower()).isCloseTo(prediction - q, within(1e-12));
    assertThat(found.interval().upper()).isCloseTo(prediction + q, within(1e-12));
    assertThat(found.actual()).isEqualTo(data.instance(5).classValue());
    assertThat(ConformalRegressionAnalysis.table(found)).contains("<td>yes</td>");
  }

  @Test
  void mostInstancesLieInsideTheirIntervalsAndANominalClassIsSentToSets() {
    Instances data = linear(80);
    int inside = 0;
    for (int r = 0; r < 40; r++) {
      ConformalRegressionAnalysis.Found f =
          ConformalRegressionAnalysis.predict(
              SPEC,
              SPEC.values(Map.of("score", "normalised"), n -> n),
              new LinearRegression(),
              data,
              r);
      inside += f.interval().contains(f.actual()) ? 1 : 0;
      assertThat(f.normalised()).isTrue();
    }
    // split conformal promises at least 90 % on average; 40 draws leave room for chance
    assertThat(inside).isGreaterThanOrEqualTo(30);
    assertThatThrownBy(
            () ->
                ConformalRegressionAnalysis.predict(
                    SPEC, SPEC.defaults(), new LinearRegression(), TestData.iris(), 0))
        .hasMessageContaining("numeric class");
  }
}
