package org.glasswing.core.methods;

/** The kinds of capability the catalogue lists, in the order people meet them. */
public enum Family {
  /** Shapley values of one prediction: how much each feature moved it from the average. */
  SHAPLEY("Shapley values"),
  /** A simple model fitted around one prediction (LIME). */
  SURROGATE("local surrogates"),
  /** What happens to one prediction when features are taken away. */
  PERTURBATION("perturbation"),
  /** Gradients of a differentiable model's output with respect to its input. */
  GRADIENT("gradients"),
  /** A method that is expected to fail the sanity checks, to show what failing looks like. */
  CONTROL("controls"),
  /** What the model relies on over a whole dataset. */
  GLOBAL("global views"),
  /** Whether an explanation method can be trusted. */
  SANITY("sanity checks"),
  /** Whether a prediction can be trusted. */
  UNCERTAINTY("uncertainty"),
  /** Known cases, changes that flip the decision, and the training rows that shaped a model. */
  EXAMPLES("examples and counterfactuals"),
  /** Whether the model treats the groups of a protected attribute differently. */
  FAIRNESS("fairness"),
  /** Models that can be read directly, to set beside a black box. */
  GLASSBOX("glass-box models");

  private final String label;

  Family(String label) {
    this.label = label;
  }

  /**
   * The family's name for people.
   *
   * @return the label, such as {@code "Shapley values"}
   */
  public String label() {
    return label;
  }

  /**
   * Whether methods of this family explain one prediction at a time, so that a face can run them
   * row by row.
   *
   * @return true for Shapley values, surrogates, perturbation, gradients and controls
   */
  public boolean isLocal() {
    return ordinal() <= CONTROL.ordinal();
  }
}
