package org.glasswing.core.methods;

import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;

/**
 * The budget rules of the estimating Shapley methods, in one place: the default when none is given,
 * and a clear refusal of a budget below the method's minimum (never a silent raise).
 */
public final class Budgets {

  private Budgets() {}

  /**
   * sampling-shapley's budget: as given, or {@link Parameters#BUDGET}'s default.
   *
   * @param values the settings
   * @param features n, the number of attributes
   * @return the budget
   * @throws IllegalArgumentException if it is below 2n (one ordering and its reverse)
   */
  public static int sampling(ParameterValues values, int features) {
    int budget = values.integer(Parameters.BUDGET);
    int minimum = SamplingShapley.minimumBudget(features);
    if (features > 1 && budget < minimum) {
      throw tooSmall(
          budget, SamplingShapley.METHOD, features, minimum, "2n: an ordering and its reverse");
    }
    return budget;
  }

  /**
   * kernel-shap's budget: as given, or 2n+2048.
   *
   * @param values the settings
   * @param features n, the number of attributes
   * @return the budget
   * @throws IllegalArgumentException if it is below 2n+2 (the empty and full coalitions and all
   *     coalitions of sizes 1 and n-1)
   */
  public static int kernel(ParameterValues values, int features) {
    int budget =
        values.given(Parameters.BUDGET)
            ? values.integer(Parameters.BUDGET)
            : KernelShap.defaultBudget(features);
    int minimum = KernelShap.minimumBudget(features);
    if (budget < minimum) {
      throw tooSmall(
          budget,
          KernelShap.METHOD,
          features,
          minimum,
          "2n+2: the empty and full coalitions and all coalitions of sizes 1 and n-1");
    }
    return budget;
  }

  private static IllegalArgumentException tooSmall(
      int budget, String method, int features, int minimum, String why) {
    return new IllegalArgumentException(
        "a budget of "
            + budget
            + " coalitions is too small for "
            + method
            + " on "
            + features
            + " attributes: it needs at least "
            + minimum
            + " ("
            + why
            + "); use a budget of "
            + minimum
            + " or more");
  }
}
