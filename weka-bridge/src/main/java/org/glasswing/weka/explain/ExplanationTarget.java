package org.glasswing.weka.explain;

import org.glasswing.weka.InvalidOptionException;

/** The check of the class a Weka plug-in explains ({@code -target}). */
public final class ExplanationTarget {

  /** The target that explains each instance's predicted class. */
  public static final String PREDICTED = "predicted";

  private ExplanationTarget() {}

  /**
   * Checks the class to explain; whether a label exists is checked on the data.
   *
   * @param target {@code predicted} or a class label
   * @return the target
   * @throws InvalidOptionException if it is missing or blank
   */
  public static String check(String target) {
    if (target == null || target.isBlank()) {
      throw new InvalidOptionException(
          "target",
          target == null ? null : "'" + target + "'",
          "no class given",
          "use -target predicted or a class label");
    }
    return target;
  }
}
