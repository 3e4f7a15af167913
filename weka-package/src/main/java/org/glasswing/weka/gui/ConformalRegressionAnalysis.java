package org.glasswing.weka.gui;

import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.uncertainty.ConformalRegressor;
import org.glasswing.core.uncertainty.KnnDifficulty;
import org.glasswing.report.Numbers;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The split-conformal interval of the chosen instance's numeric value, as {@code glasswing
 * conformal} builds it for a test file: the other instances are split into a proper part (the
 * classifier is trained on it) and a calibration part ({@code calibration-fraction}, with the
 * seed), whose absolute (or kNN-normalised) residuals give the interval's half-width.
 */
final class ConformalRegressionAnalysis {

  /**
   * The interval of one instance.
   *
   * @param row the instance, from 0
   * @param alpha the allowed miss rate
   * @param normalised whether the width follows the kNN difficulty
   * @param interval the prediction and its interval
   * @param actual the recorded value, NaN when missing
   */
  record Found(
      int row,
      double alpha,
      boolean normalised,
      ConformalRegressor.Interval interval,
      double actual) {}

  private ConformalRegressionAnalysis() {}

  static Found predict(
      MethodSpec spec, ParameterValues values, Classifier template, Instances data, int row) {
    if (data.classAttribute().isNominal()) {
      throw new IllegalArgumentException(
          "conformal-regression needs a numeric class; a nominal class gets prediction sets"
              + " (uncertainty -> conformal)");
    }
    double alpha = values.real(spec.parameter("alpha").orElseThrow());
    double fraction = values.real(spec.parameter("calibration-fraction").orElseThrow());
    boolean normalised = values.text(spec.parameter("score").orElseThrow()).equals("normalised");
    int neighbours = values.integer(spec.parameter("neighbours").orElseThrow());
    long seed = values.longValue(Parameters.SEED);
    Instances others = new Instances(data);
    others.delete(row);
    int held = Resampling.heldOutSize(others.numInstances(), fraction);
    if (held < 1 || held >= others.numInstances()) {
      throw new IllegalArgumentException(
          "calibration-fraction "
              + fraction
              + " leaves no instance to train on or none to calibrate on; choose another share");
    }
    Instances[] parts =
        WekaSplits.holdout(others, Resampling.holdout(others.numInstances(), fraction, seed));
    Classifier model = Training.train(template, parts[0], "the proper part");
    CrossValidatedPredictions calibration = CrossValidatedPredictions.ofTrained(model, parts[1]);
    int[] known = calibration.rowsWithClass();
    double[] yHat = new double[known.length];
    double[] y = new double[known.length];
    for (int i = 0; i < known.length; i++) {
      yHat[i] = calibration.distribution(known[i])[0];
      y[i] = calibration.actual(known[i]);
    }
    Instances one = new Instances(data, row, 1);
    double prediction = CrossValidatedPredictions.ofTrained(model, one).distribution(0)[0];
    ConformalRegressor.Interval interval;
    if (normalised) {
      KnnDifficulty difficulty = new KnnDifficulty(WekaData.dataset(parts[0]), neighbours);
      double[] d = new double[known.length];
      for (int i = 0; i < known.length; i++) {
        d[i] = difficulty.difficulty(parts[1].instance(known[i]).toDoubleArray());
      }
      interval =
          ConformalRegressor.normalised(yHat, y, d, ConformalRegressor.DEFAULT_BETA, alpha)
              .interval(prediction, difficulty.difficulty(one.instance(0).toDoubleArray()));
    } else {
      interval = ConformalRegressor.absolute(yHat, y, alpha).interval(prediction, 1);
    }
    double actual = one.instance(0).classIsMissing() ? Double.NaN : one.instance(0).classValue();
    return new Found(row, alpha, normalised, interval, actual);
  }

  static String title(Found f, Instances data) {
    ConformalRegressor.Interval i = f.interval();
    return ChartAreas.twoLines(
        "Which values of "
            + data.classAttribute().name()
            + " instance "
            + (f.row() + 1)
            + " could have: from "
            + Numbers.format(i.lower())
            + " to "
            + Numbers.format(i.upper())
            + ", missing the true value at most "
            + Numbers.format(100 * f.alpha())
            + " % of the time",
        "The interval is the prediction plus and minus the calibration instances' residual"
            + " quantile"
            + (f.normalised() ? ", scaled by how hard the instance's neighbourhood is" : "")
            + ". A wide interval means the model cannot pin this value down. Calibrated on"
            + " other instances than this one.");
  }

  static String table(Found f) {
    ConformalRegressor.Interval i = f.interval();
    return "<html><table border=1 cellspacing=0 cellpadding=3><tr><th>prediction</th>"
        + "<th>lower</th><th>upper</th><th>width</th><th>recorded value</th><th>inside</th></tr>"
        + "<tr><td>"
        + Numbers.format(i.prediction())
        + "</td><td>"
        + Numbers.format(i.lower())
        + "</td><td>"
        + Numbers.format(i.upper())
        + "</td><td>"
        + Numbers.format(i.width())
        + "</td><td>"
        + (Double.isNaN(f.actual()) ? "?" : Numbers.format(f.actual()))
        + "</td><td>"
        + (Double.isNaN(f.actual()) ? "" : i.contains(f.actual()) ? "yes" : "no")
        + "</td></tr></table></html>";
  }
}
