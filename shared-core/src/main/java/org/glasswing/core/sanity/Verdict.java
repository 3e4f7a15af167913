package org.glasswing.core.sanity;

/** The plain-words outcome of a check. */
public enum Verdict {
  /** The explanation behaves as a trustworthy one should. */
  PASS,
  /** Borderline: look closer before relying on the explanation. */
  WARN,
  /** The explanation fails the check: do not rely on it for this purpose. */
  FAIL;

  /**
   * The verdict for a value where lower is better.
   *
   * @param value the measured value
   * @param passBelow values below this pass
   * @param failFrom values from this on fail; the rest warn
   * @return the verdict
   */
  public static Verdict lowerIsBetter(double value, double passBelow, double failFrom) {
    if (Double.isNaN(value)) {
      return WARN;
    }
    return value < passBelow ? PASS : value >= failFrom ? FAIL : WARN;
  }

  /**
   * The verdict for a value where higher is better.
   *
   * @param value the measured value
   * @param passFrom values from this on pass
   * @param failBelow values below this fail; the rest warn
   * @return the verdict
   */
  public static Verdict higherIsBetter(double value, double passFrom, double failBelow) {
    if (Double.isNaN(value)) {
      return WARN;
    }
    return value >= passFrom ? PASS : value < failBelow ? FAIL : WARN;
  }
}
