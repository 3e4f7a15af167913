package org.glasswing.weka.gui;

import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.weka.classifiers.ConformalClassifier;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The conformal prediction set and p-values of the chosen instance: the package's {@link
 * ConformalClassifier} (split conformal, with the catalogue's settings) is trained and calibrated
 * on every other instance, so the chosen one is new to it, and then asked for its set.
 */
final class ConformalAnalysis {

  /** The set of one instance. */
  record Found(int row, double alpha, PredictionSet set) {}

  private ConformalAnalysis() {}

  static Found predict(
      MethodSpec spec, ParameterValues values, Classifier template, Instances data, int row)
      throws Exception {
    if (!data.classAttribute().isNominal()) {
      throw new IllegalArgumentException(
          "conformal sets need a nominal class; a numeric class gets intervals"
              + " (uncertainty -> conformal-regression)");
    }
    for (String raps : new String[] {"raps-lambda", "raps-k"}) {
      if (values.given(spec.parameter(raps).orElseThrow())) {
        throw new IllegalArgumentException(
            raps
                + " is not offered here; use ConformalClassifier's defaults or glasswing conformal");
      }
    }
    double alpha = values.real(spec.parameter("alpha").orElseThrow());
    ConformalClassifier conformal = new ConformalClassifier();
    conformal.setClassifier(AbstractClassifier.makeCopy(template));
    conformal.setAlpha(alpha);
    conformal.setScore(ConformalScore.parse(values.text(spec.parameter("score").orElseThrow())));
    conformal.setMondrian(values.flag(spec.parameter("mondrian").orElseThrow()));
    conformal.setCalibrationFraction(
        values.real(spec.parameter("calibration-fraction").orElseThrow()));
    conformal.setSeed((int) values.longValue(Parameters.SEED));
    Instances others = new Instances(data);
    others.delete(row);
    conformal.buildClassifier(others);
    return new Found(row, alpha, conformal.predictionSet(data.instance(row)));
  }
}
