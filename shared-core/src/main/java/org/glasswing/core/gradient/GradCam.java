package org.glasswing.core.gradient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Grad-CAM (Selvaraju et al., 2017): where the last convolutional layer saw evidence for the class.
 * Each feature map k gets the weight α_k, the mean over its positions of the gradient of the class
 * logit with respect to it; the map is ReLU(Σ_k α_k A_k), resized bilinearly to the image and given
 * to every channel of each pixel. The maps are coarse (one value per feature-map cell) but
 * class-specific. There is no base value. Immutable.
 */
public final class GradCam extends GradientExplainer {

  /** The method's name. */
  public static final String METHOD = "grad-cam";

  private final String layer;

  /** Creates the method on the network's last convolutional layer. */
  public GradCam() {
    this(null);
  }

  /**
   * Creates the method on a chosen layer.
   *
   * @param layer a convolutional layer's name, or {@code null} for the last one
   */
  public GradCam(String layer) {
    this.layer = layer;
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  protected Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("score", "logit");
    settings.put("layer", layer == null ? "last convolutional" : layer);
    return settings;
  }

  @Override
  protected void checkModel(DifferentiableModel model) {
    if (model.imageShape().isEmpty() || model.lastConvolutionalLayer().isEmpty()) {
      throw new IllegalArgumentException(
          "grad-cam needs a convolutional network over images (a classifier trained with"
              + " -image-shape); for other networks use saliency, gradient-x-input, smoothgrad or"
              + " integrated-gradients");
    }
    if (layer != null && !model.layers().contains(layer)) {
      throw new IllegalArgumentException(
          "no layer '"
              + layer
              + "'; the network's layers are "
              + String.join(", ", model.layers()));
    }
  }

  @Override
  protected Attribution attribute(Point point, int target, SplittableRandom random) {
    DifferentiableModel model = point.model();
    String name = layer != null ? layer : model.lastConvolutionalLayer().orElseThrow();
    LayerGradients g =
        model.layerGradients(new double[][] {point.input()}, new int[] {target}, name, Score.LOGIT);
    double[] cam = camOf(g.activations()[0], g.gradients()[0], g.channels(), g.height(), g.width());
    ImageShape shape = model.imageShape().orElseThrow();
    double[] pixels =
        ImageFilters.resizeBilinear(cam, g.height(), g.width(), shape.height(), shape.width());
    double[] coordinates = new double[shape.size()];
    for (int y = 0; y < shape.height(); y++) {
      for (int x = 0; x < shape.width(); x++) {
        for (int c = 0; c < shape.channels(); c++) {
          coordinates[shape.index(y, x, c)] = pixels[y * shape.width() + x];
        }
      }
    }
    return new Attribution(point.toFeatures(coordinates), null, Double.NaN, Map.of());
  }

  /**
   * The class activation map of one row at the layer's resolution.
   *
   * @param activations the layer's activations, channel by channel
   * @param gradients the score's gradient with respect to them
   * @param channels the number of feature maps
   * @param height the maps' height
   * @param width the maps' width
   * @return ReLU(Σ_k α_k A_k), row-major
   */
  public static double[] camOf(
      double[] activations, double[] gradients, int channels, int height, int width) {
    int cells = height * width;
    double[] cam = new double[cells];
    for (int k = 0; k < channels; k++) {
      double alpha = 0;
      for (int i = 0; i < cells; i++) {
        alpha += gradients[k * cells + i];
      }
      alpha /= cells;
      for (int i = 0; i < cells; i++) {
        cam[i] += alpha * activations[k * cells + i];
      }
    }
    for (int i = 0; i < cells; i++) {
      cam[i] = Math.max(0, cam[i]);
    }
    return cam;
  }
}
