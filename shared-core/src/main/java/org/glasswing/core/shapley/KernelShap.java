package org.glasswing.core.shapley;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;

/**
 * Shapley values of the {@link MarginalGame} estimated by KernelSHAP (Lundberg and Lee, 2017): a
 * weighted linear regression of the coalition values on the coalitions' membership vectors, with
 * the Shapley kernel k(S) = (n−1) / (C(n,|S|) |S| (n−|S|)) as weights. With every coalition the
 * solution is exactly the Shapley value.
 *
 * <p>How a budget is spent, per explained row:
 *
 * <ol>
 *   <li>The empty and the full coalition, which fix the base value and the prediction. Efficiency,
 *       Σφ = v(N) − v(∅), is a constraint of the regression (one attribution is eliminated), so
 *       every estimate is exactly efficient.
 *   <li>Complete coalition sizes, from the outside in: sizes 1 and n−1, then 2 and n−2, and so on,
 *       each pair of sizes as long as all its coalitions fit in what is left of the budget. These
 *       get their exact kernel weight.
 *   <li>The rest of the budget is sampled from the remaining sizes in proportion to their kernel
 *       mass, in antithetic pairs: each sampled coalition S is evaluated together with its
 *       complement N∖S. The sampled coalitions share the remaining kernel mass equally; a coalition
 *       drawn twice counts twice but is evaluated once.
 * </ol>
 *
 * <p>The budget is the number of distinct coalitions evaluated, the empty and the full one included
 * (as for {@link SamplingShapley}); each coalition costs one model row per background row. A budget
 * of 2<sup>n</sup> or more evaluates every coalition and gives the exact Shapley values. Sampled
 * pairs come two coalitions at a time, so an odd remainder of the budget stays unused; the
 * explanation's {@code coalitions} setting records how many coalitions a row used.
 *
 * <p>The standard error of each attribution is the sandwich (delta-method) estimate over the
 * independent sampled pairs, with the HC3 (jackknife) leverage correction and a small-sample
 * allowance (the variance of Student's t); the enumerated sizes contribute no error. It is zero
 * when every coalition was enumerated and {@code NaN} when fewer than 4 pairs were sampled.
 *
 * <p>With a positive {@link #tolerance()} the sampled part is drawn in rounds, and a row stops
 * early once every standard error of every output is below the tolerance.
 *
 * <p>Paired sampling makes the estimate exact for games without interactions of order three or more
 * (Covert and Lee, 2021, Improving KernelSHAP, AISTATS).
 */
public final class KernelShap extends ShapleyExplainer {

  /** The method's name. */
  public static final String METHOD = "kernel-shap";

  private final int budget;
  private final double tolerance;

  /**
   * Creates the explainer without a stopping rule: every row spends its whole budget.
   *
   * @param background the rows that stand in for unknown values
   * @param budget the number of coalitions to evaluate per explained row, at least {@link
   *     #minimumBudget(int)}
   * @param seed the seed of the sampled coalitions; each row draws from its own stream
   */
  public KernelShap(Background background, int budget, long seed) {
    this(background, budget, 0, seed);
  }

  /**
   * Creates the explainer.
   *
   * @param background the rows that stand in for unknown values
   * @param budget the most coalitions to evaluate per explained row, at least {@link
   *     #minimumBudget(int)}
   * @param tolerance stop a row early once every standard error is below this; 0 for no early stop
   * @param seed the seed of the sampled coalitions; each row draws from its own stream
   * @throws IllegalArgumentException if the tolerance is negative or not finite
   */
  public KernelShap(Background background, int budget, double tolerance, long seed) {
    super(background, seed);
    this.budget = budget;
    this.tolerance = checkTolerance(tolerance);
  }

  static double checkTolerance(double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(
          "the tolerance must be a finite number, 0 or more, got " + tolerance);
    }
    return tolerance;
  }

  /**
   * The default budget for n features: 2n + 2048.
   *
   * @param players the number of input features
   * @return the budget
   */
  public static int defaultBudget(int players) {
    return 2 * players + 2048;
  }

  /**
   * The smallest budget accepted for n features: 2n + 2, which buys the empty and full coalitions
   * and all coalitions of sizes 1 and n−1; or 2<sup>n</sup>, every coalition, when that is fewer
   * (one and two features).
   *
   * @param players the number of input features
   * @return the minimum budget
   */
  public static int minimumBudget(int players) {
    long paired = 2L * players + 2;
    return players < 4 ? (int) Math.min(paired, 1L << players) : (int) paired;
  }

  /**
   * The most coalitions evaluated per explained row.
   *
   * @return the budget
   */
  public int budget() {
    return budget;
  }

  /**
   * The standard error below which a row stops early, or 0 when rows always spend their budget.
   *
   * @return the tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * The same explainer with a stopping rule.
   *
   * @param tolerance stop a row once every standard error is below this; 0 for no early stop
   * @return a new explainer
   */
  public KernelShap withTolerance(double tolerance) {
    return new KernelShap(background(), budget, tolerance, seed());
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  void checkPlayers(int players) {
    if (budget < minimumBudget(players)) {
      throw new IllegalArgumentException(
          "a budget of "
              + budget
              + " is too small for "
              + players
              + " features: kernel-shap needs at least "
              + minimumBudget(players));
    }
  }

  @Override
  Map<String, String> settings(int players) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("budget", Integer.toString(budget));
    if (tolerance > 0) {
      settings.put("tolerance", Double.toString(tolerance));
    }
    return settings;
  }

  @Override
  RowJob<ShapleyValues> newJob(MarginalGame game, TaskContext task) {
    return new KernelShapJob(game, budget, tolerance, task.random(), task.batchRows());
  }
}
