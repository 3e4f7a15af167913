package org.glasswing.weka.classifiers;

import java.util.Locale;

/**
 * The catalogue's choice rules of {@code sparse-logistic} as the constants Weka's property sheet
 * shows in a drop-down and a saved {@link SparseLogisticRegression} stores.
 */
public enum PathRule {
  /** The largest penalty within one standard error of the least cross-validated deviance. */
  ONE_SE("1se"),
  /** The penalty of the least cross-validated deviance. */
  MIN("min");

  private final String name;

  PathRule(String name) {
    this.name = name;
  }

  /**
   * Whether this is the one-standard-error rule.
   *
   * @return true for {@link #ONE_SE}
   */
  public boolean oneStandardError() {
    return this == ONE_SE;
  }

  /**
   * The constant of a catalogue name.
   *
   * @param name {@code 1se} or {@code min}
   * @return its constant
   */
  public static PathRule of(String name) {
    for (PathRule r : values()) {
      if (r.name.equals(name.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("no rule " + name + "; use 1se or min");
  }

  @Override
  public String toString() {
    return name;
  }
}
