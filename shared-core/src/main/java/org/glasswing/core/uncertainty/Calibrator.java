package org.glasswing.core.uncertainty;

/**
 * A way to recalibrate class probabilities: learns a map from held-out predictions with their
 * actual classes, to apply to new predictions.
 */
public interface Calibrator {

  /**
   * The calibrator's name, as the command line spells it.
   *
   * @return such as {@code platt}
   */
  String name();

  /**
   * Learns the map.
   *
   * @param calibration predictions the model did not learn from, with their actual classes; at
   *     least two classes must occur among the actual classes
   * @return the fitted map
   * @throws IllegalArgumentException if only one class occurs
   */
  CalibrationMap fit(ClassPredictions calibration);

  /**
   * Refuses calibration data in which a single class occurs.
   *
   * @param calibration the calibration predictions
   * @throws IllegalArgumentException if fewer than two classes occur
   */
  static void requireTwoClasses(ClassPredictions calibration) {
    if (calibration.classesPresent() < 2) {
      throw new IllegalArgumentException(
          "cannot calibrate with one class in the data: every one of the "
              + calibration.size()
              + " calibration rows has the same actual class");
    }
  }
}
