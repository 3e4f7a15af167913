package org.glasswing.core.data;

/** How the values of a feature are encoded. */
public enum FeatureKind {
  /** A real number; missing is {@code NaN}. */
  NUMERIC,
  /** One of a fixed list of labels, encoded as the label's index; missing is {@code NaN}. */
  NOMINAL
}
