package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.Calibrators;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.weka.CrossValidatedPredictions;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Calibration with the calibrators compared, as {@code glasswing calibration --calibrate C}
 * measures each: the classifier's cross-validated probabilities (Weka's folds for the seed), then
 * each calibrator cross-fitted on them with the same folds and seed. With {@code calibrate} left at
 * {@code none} every calibrator is compared; naming one compares the model with that one only.
 */
final class CalibrationAnalysis {

  /**
   * The model's metrics and each calibrator's.
   *
   * @param folds the cross-validation folds
   * @param byName the metrics by stage: {@code model} first, then each calibrator's name
   */
  record Compared(int folds, Map<String, CalibrationMetrics> byName) {

    Compared {
      byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }
  }

  /** The name of the uncalibrated stage. */
  static final String MODEL = "model";

  private CalibrationAnalysis() {}

  static Compared compare(
      MethodSpec spec,
      ParameterValues values,
      Classifier template,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    if (!data.classAttribute().isNominal()) {
      throw new IllegalArgumentException(
          "calibration needs a nominal class; '" + data.classAttribute().name() + "' is numeric");
    }
    int folds = values.integer(spec.parameter("folds").orElseThrow());
    int bins = values.integer(spec.parameter("bins").orElseThrow());
    String chosen = values.text(spec.parameter("calibrate").orElseThrow());
    ClassPredictions predictions =
        CrossValidatedPredictions.crossValidate(template, data, folds, seed, progress, cancel)
            .classPredictions();
    if (predictions.classesPresent() < 2) {
      throw new IllegalArgumentException("cannot measure calibration with one class in the data");
    }
    List<String> calibrators =
        chosen.equals("none") ? Calibrators.names() : new ArrayList<>(List.of(chosen));
    Map<String, CalibrationMetrics> byName = new LinkedHashMap<>();
    byName.put(MODEL, CalibrationMetrics.of(predictions, bins));
    int k = Math.min(folds, predictions.size());
    for (String name : calibrators) {
      cancel.throwIfCancelled();
      byName.put(
          name,
          CalibrationMetrics.of(
              CrossFitting.calibrate(Calibrators.create(name), predictions, k, seed), bins));
    }
    return new Compared(folds, byName);
  }
}
