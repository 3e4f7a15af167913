package org.glasswing.core.methods;

/**
 * What a face knows of the model to explain, for the {@code auto} choice of a method.
 *
 * @param features n, the number of input attributes
 * @param treeEnsemble whether its trees can be read (TreeSHAP applies)
 * @param differentiable whether its input gradients can be taken
 */
public record ModelFacts(int features, boolean treeEnsemble, boolean differentiable) {

  /**
   * Checks the facts.
   *
   * @param features the number of attributes, at least 1
   * @param treeEnsemble whether trees can be read
   * @param differentiable whether gradients can be taken
   */
  public ModelFacts {
    if (features < 1) {
      throw new IllegalArgumentException("a model needs at least 1 attribute, got " + features);
    }
  }

  /**
   * Facts of a black box: only its outputs are known.
   *
   * @param features the number of attributes
   * @return the facts
   */
  public static ModelFacts blackBox(int features) {
    return new ModelFacts(features, false, false);
  }
}
