package org.glasswing.weka.cli;

/** How {@code glasswing explain} builds its background from the rows it is given. */
public enum BackgroundChoice {
  /** A uniform random sample of rows (or every row of a background file), equally weighted. */
  random,
  /** K medoids of the rows, each weighted by the size of its cluster. */
  kmedoids
}
