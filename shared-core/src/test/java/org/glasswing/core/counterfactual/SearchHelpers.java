package org.glasswing.core.counterfactual;

/** Small helpers for the counterfactual tests. */
final class SearchHelpers {

  private SearchHelpers() {}

  static int argMax(double[] values) {
    return CounterfactualSearch.argMax(values, -1);
  }
}
