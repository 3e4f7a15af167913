package org.glasswing.weka.explain;

import org.glasswing.weka.InvalidOptionException;

/**
 * The Shapley methods a Weka plug-in offers, spelled as on Weka's command line ({@link #toString()}
 * is what {@code -method} takes).
 */
public enum ExplainMethod {
  /**
   * TreeSHAP for the trees Glasswing reads (J48, REPTree, RandomTree, RandomForest), exact
   * enumeration when every coalition fits the budget, KernelSHAP otherwise.
   */
  AUTO("auto"),
  /** Exact interventional TreeSHAP; J48, REPTree, RandomTree and RandomForest only. */
  TREE_SHAP("tree-shap"),
  /** Exact Shapley values over all 2^n coalitions; at most 20 attributes besides the class. */
  EXACT_SHAPLEY("exact-shapley"),
  /** Shapley values estimated from random antithetic orderings, with standard errors. */
  SAMPLING_SHAPLEY("sampling-shapley"),
  /** KernelSHAP: a weighted regression over sampled coalitions, with standard errors. */
  KERNEL_SHAP("kernel-shap");

  private final String name;

  ExplainMethod(String name) {
    this.name = name;
  }

  /**
   * Finds a method by its command-line name.
   *
   * @param name such as {@code kernel-shap}
   * @return the method
   * @throws InvalidOptionException naming the valid names when there is no such method
   */
  public static ExplainMethod parse(String name) {
    for (ExplainMethod method : values()) {
      if (method.name.equals(name)) {
        return method;
      }
    }
    throw new InvalidOptionException("method", name, "unknown method", "use one of " + names());
  }

  /**
   * The command-line names of all methods.
   *
   * @return such as {@code auto, tree-shap, ...}
   */
  public static String names() {
    StringBuilder names = new StringBuilder();
    for (ExplainMethod method : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(method.name);
    }
    return names.toString();
  }

  @Override
  public String toString() {
    return name;
  }
}
