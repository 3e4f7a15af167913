package org.glasswing.core.counterfactual;

/** The way a numeric feature may move in a counterfactual. */
public enum Direction {
  /** Up or down. */
  ANY,
  /** Only up (or stay). */
  INCREASE,
  /** Only down (or stay). */
  DECREASE
}
