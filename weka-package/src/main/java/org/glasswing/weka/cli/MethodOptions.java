package org.glasswing.weka.cli;

import picocli.CommandLine.Option;

/**
 * The options of the commands that evaluate explanation methods: which methods (by their registry
 * names), their budget and their background. Add it with {@code @Mixin MethodOptions methods;}.
 */
public final class MethodOptions {

  @Option(
      names = "--method",
      paramLabel = "M[,M2...]",
      required = true,
      description =
          "The methods to evaluate, comma-separated: exact-shapley, sampling-shapley, kernel-shap,"
              + " tree-shap or the control input-magnitude.")
  private String methods;

  @Option(
      names = "--budget",
      paramLabel = "N",
      defaultValue = "" + ExplainCommand.DEFAULT_BUDGET,
      description =
          "Coalitions per explained row for sampling-shapley and kernel-shap (raised to their"
              + " minimum).")
  private int budget;

  @Option(
      names = "--background-size",
      paramLabel = "N",
      defaultValue = "50",
      description = "Background rows sampled (with --seed) from the training data.")
  private int backgroundSize;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not show the progress line on standard error.")
  private boolean quiet;

  /** Creates the options; picocli fills them in. */
  public MethodOptions() {}

  /**
   * The comma-separated method names.
   *
   * @return the text as given
   */
  public String methods() {
    return methods;
  }

  /**
   * The budget of the estimating methods.
   *
   * @return the budget
   */
  public int budget() {
    return budget;
  }

  /**
   * The number of background rows.
   *
   * @return the size
   */
  public int backgroundSize() {
    return backgroundSize;
  }

  /**
   * Whether to hide the progress line.
   *
   * @return true for quiet
   */
  public boolean quiet() {
    return quiet;
  }
}
