package org.glasswing.weka.classifiers;

import org.glasswing.core.uncertainty.Calibrator;
import org.glasswing.core.uncertainty.IsotonicCalibration;
import org.glasswing.core.uncertainty.PlattScaling;
import org.glasswing.core.uncertainty.TemperatureScaling;

/** The calibrators a Weka plug-in offers, spelled as on Weka's command line ({@link #toString}). */
public enum CalibrationMethod {
  /** Platt scaling: a sigmoid of each class's log-odds, one-vs-rest. */
  PLATT("platt"),
  /** Isotonic regression: a non-decreasing step function per class, one-vs-rest. */
  ISOTONIC("isotonic"),
  /** Temperature scaling: one temperature dividing the log-probabilities of all classes. */
  TEMPERATURE("temperature");

  private final String name;

  CalibrationMethod(String name) {
    this.name = name;
  }

  /**
   * A new calibrator of this kind.
   *
   * @return the core's calibrator
   */
  public Calibrator calibrator() {
    return switch (this) {
      case PLATT -> new PlattScaling();
      case ISOTONIC -> new IsotonicCalibration();
      case TEMPERATURE -> new TemperatureScaling();
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
