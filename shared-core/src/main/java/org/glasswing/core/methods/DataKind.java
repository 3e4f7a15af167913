package org.glasswing.core.methods;

/** The kinds of data a method explains. */
public enum DataKind {
  /** Rows of numeric and nominal attributes. */
  TABULAR,
  /** Documents in one string attribute. */
  TEXT,
  /** Images, as rows of pixels with a known shape. */
  IMAGE
}
