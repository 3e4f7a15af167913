package org.glasswing.core.gradient;

import java.util.List;
import java.util.Optional;
import org.glasswing.core.model.Model;

/**
 * A classifier whose outputs can be differentiated: a neural network. Besides predicting rows like
 * any {@link Model}, it works on its <em>input coordinates</em>, the real vector the network reads:
 * one coordinate per numeric attribute (in the attribute's own units, any scaling happens inside
 * the model and is part of the gradient) and one indicator per label of a nominal attribute
 * (one-hot encoding). For an image every pixel attribute is one coordinate.
 *
 * <p>Gradients are exact (back-propagation), of a selected class's {@link Score} for each row, so a
 * batch may ask each row for a different class. An adapter such as the Deeplearning4j bridge
 * implements this interface; the explainers of this package only call it.
 */
public interface DifferentiableModel extends Model {

  /**
   * The number of input coordinates.
   *
   * @return at least 1
   */
  int inputSize();

  /**
   * The attribute each input coordinate belongs to.
   *
   * @return per coordinate, the attribute's position among {@code schema().inputIndices()}
   */
  int[] coordinateFeatures();

  /**
   * The input coordinates of a row.
   *
   * @param row a row that follows {@link #schema()}
   * @return {@link #inputSize()} values; a missing value is encoded as the model treats it
   */
  double[] encode(double[] row);

  /**
   * The scores of every class for a batch of input coordinates.
   *
   * @param inputs rows of {@link #inputSize()} coordinates
   * @param score probabilities or logits
   * @return per row, one score per output
   */
  double[][] scores(double[][] inputs, Score score);

  /**
   * The gradient of each row's selected score with respect to its input coordinates.
   *
   * @param inputs rows of {@link #inputSize()} coordinates
   * @param targets per row, the output index whose score is differentiated
   * @param score probabilities or logits
   * @return per row, {@link #inputSize()} partial derivatives
   */
  double[][] inputGradients(double[][] inputs, int[] targets, Score score);

  /**
   * The hidden layers whose activations {@link #layerGradients} can reach, from the input towards
   * the output.
   *
   * @return layer names, possibly empty
   */
  List<String> layers();

  /**
   * The activation of a hidden layer and the gradient of each row's selected score with respect to
   * it.
   *
   * @param inputs rows of {@link #inputSize()} coordinates
   * @param targets per row, the output index whose score is differentiated
   * @param layer a name from {@link #layers()}
   * @param score probabilities or logits
   * @return the activations and gradients
   * @throws IllegalArgumentException if the layer is unknown
   */
  LayerGradients layerGradients(double[][] inputs, int[] targets, String layer, Score score);

  /**
   * The last convolutional layer, where Grad-CAM looks.
   *
   * @return its name from {@link #layers()}, or empty for a network without convolutions
   */
  Optional<String> lastConvolutionalLayer();

  /**
   * The image shape of the input attributes, for a network that reads images.
   *
   * @return the shape, or empty for tabular input
   */
  Optional<ImageShape> imageShape();

  @Override
  DifferentiableModel copyForThread();
}
