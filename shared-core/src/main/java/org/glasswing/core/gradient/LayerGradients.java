package org.glasswing.core.gradient;

/**
 * The activation of one hidden layer for a batch of inputs and the gradient of each row's selected
 * score with respect to it. A convolutional layer's values are flattened channel by channel, each
 * channel row-major ({@code (k * height + y) * width + x}); a dense layer has height and width 1.
 *
 * @param activations per row, {@code channels * height * width} values
 * @param gradients per row, the gradient of that row's score with respect to each activation
 * @param channels the number of feature maps (units of a dense layer)
 * @param height the feature maps' height
 * @param width the feature maps' width
 */
public record LayerGradients(
    double[][] activations, double[][] gradients, int channels, int height, int width) {

  /**
   * Checks the sizes.
   *
   * @param activations per row, the activations
   * @param gradients per row, the gradients
   * @param channels the number of feature maps
   * @param height the maps' height
   * @param width the maps' width
   * @throws IllegalArgumentException if the arrays do not match the shape
   */
  public LayerGradients {
    if (activations.length != gradients.length) {
      throw new IllegalArgumentException("activations and gradients differ in rows");
    }
    int size = channels * height * width;
    for (int r = 0; r < activations.length; r++) {
      if (activations[r].length != size || gradients[r].length != size) {
        throw new IllegalArgumentException("a layer row does not have " + size + " values");
      }
    }
  }
}
