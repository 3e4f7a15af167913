package org.glasswing.weka.classifiers;

import java.util.Locale;
import org.glasswing.core.uncertainty.Calibrator;
import org.glasswing.core.uncertainty.Calibrators;

/**
 * The core's {@link Calibrators} as the constants Weka's property sheet shows in a drop-down and a
 * saved {@link CalibratedClassifier} stores: one constant per {@link Calibrators#names() name} (a
 * test fails when the two lists part), each building the core's calibrator of that name.
 */
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
    return Calibrators.create(name);
  }

  /**
   * The constant of a catalogue name.
   *
   * @param name one of {@link Calibrators#names()}
   * @return its constant
   */
  public static CalibrationMethod of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return name;
  }
}
