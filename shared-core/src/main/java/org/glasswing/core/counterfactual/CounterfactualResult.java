package org.glasswing.core.counterfactual;

import java.util.List;
import java.util.Optional;

/**
 * The counterfactuals found for one row. Every counterfactual listed was checked against the model
 * after the search: it is predicted as the desired class and respects the constraints.
 *
 * @param original the row, as given
 * @param originalClass the class the model predicts for the row
 * @param desiredClass the class the counterfactuals reach
 * @param counterfactuals the counterfactuals, best first; empty when none was found
 * @param diversity the mean distance between pairs of counterfactuals; {@code NaN} for fewer than
 *     two
 * @param evaluations the number of rows the model was asked to predict for this row
 * @param budget the largest number of evaluations the search was allowed
 */
public record CounterfactualResult(
    double[] original,
    int originalClass,
    int desiredClass,
    List<Counterfactual> counterfactuals,
    double diversity,
    long evaluations,
    long budget) {

  /**
   * Copies the row and list.
   *
   * @param original the row
   * @param originalClass its predicted class
   * @param desiredClass the class reached
   * @param counterfactuals the counterfactuals
   * @param diversity mean pairwise distance
   * @param evaluations model rows used
   * @param budget model rows allowed
   */
  public CounterfactualResult {
    original = original.clone();
    counterfactuals = List.copyOf(counterfactuals);
  }

  /**
   * A copy of the original row.
   *
   * @return a fresh array
   */
  @Override
  public double[] original() {
    return original.clone();
  }

  /**
   * Why there is no counterfactual, when there is none.
   *
   * @return a sentence, or empty when at least one was found
   */
  public Optional<String> failure() {
    return counterfactuals.isEmpty()
        ? Optional.of(
            "no counterfactual was found within the budget of " + budget + " model evaluations")
        : Optional.empty();
  }
}
