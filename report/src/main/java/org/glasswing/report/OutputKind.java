package org.glasswing.report;

/**
 * What an explained model output is, so that a section can say it in plain words: a classifier's
 * probability of a class, or a regression model's predicted value.
 */
public enum OutputKind {
  /** The predicted probability of a class label. */
  CLASS_PROBABILITY,
  /** The predicted value of a numeric target. */
  NUMERIC_VALUE;

  /**
   * Names the output in plain words.
   *
   * @param target the class label or the numeric target's name, as plain text
   * @return such as {@code predicted probability of 'good'} or {@code predicted value of 'price'}
   */
  public String describe(String target) {
    return switch (this) {
      case CLASS_PROBABILITY -> "predicted probability of '" + target + "'";
      case NUMERIC_VALUE -> "predicted value of '" + target + "'";
    };
  }
}
