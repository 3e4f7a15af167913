package org.glasswing.core.methods;

/** What a method needs of the model it explains. */
public enum ModelRequirement {
  /** Any model that predicts: only its outputs are used (a black box). */
  ANY_MODEL("any model"),
  /** A tree or a forest whose trees can be read (J48, REPTree, RandomTree, RandomForest). */
  TREE_ENSEMBLE("a tree or tree ensemble"),
  /** A differentiable model, such as a neural network, whose input gradients can be taken. */
  DIFFERENTIABLE("a differentiable model (neural network)"),
  /** A logistic regression whose coefficients can be read and refitted. */
  LOGISTIC("a logistic regression");

  private final String label;

  ModelRequirement(String label) {
    this.label = label;
  }

  /**
   * The requirement in words.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
