package org.glasswing.weka.cli;

/** The formats the command line writes explanations in. */
public enum OutputFormat {
  /** One line per (row, target, feature) under a header line. */
  csv,
  /** One JSON array with one object per (row, target). */
  json
}
