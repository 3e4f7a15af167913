package org.glasswing.deep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.gradient.ImageShape;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * How a row's attributes become the network's input. The <em>input coordinates</em> are one per
 * numeric attribute (its value, a missing value replaced by the training mean) and one indicator
 * per label of a nominal attribute (all zero when missing). The network then reads each coordinate
 * shifted and scaled: numeric tabular attributes are standardised with the training mean and
 * standard deviation, image pixels are mapped from the training range of all pixels to [0, 1],
 * indicators are read as they are. Gradients with respect to the coordinates therefore include the
 * scale. Immutable after construction.
 */
public final class InputEncoding implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int classIndex;
  private final int[] attributes;
  private final int[] width;
  private final double[] means;
  private final double[] shift;
  private final double[] scale;
  private final int[] coordinateFeatures;
  private final int[] imageDims;
  private transient ImageShape image;

  /**
   * Learns the encoding from training data.
   *
   * @param data the training data, its class set
   * @param image the image shape of the input attributes, or {@code null} for tabular data
   * @throws IllegalArgumentException if the shape does not match the attributes, or an image
   *     attribute is not numeric
   */
  public InputEncoding(Instances data, ImageShape image) {
    this.classIndex = data.classIndex();
    this.image = image;
    this.imageDims =
        image == null ? null : new int[] {image.height(), image.width(), image.channels()};
    List<Integer> inputs = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != classIndex) {
        inputs.add(a);
      }
    }
    attributes = inputs.stream().mapToInt(Integer::intValue).toArray();
    if (image != null) {
      image.requireSize(attributes.length);
    }
    width = new int[attributes.length];
    means = new double[attributes.length];
    List<Integer> features = new ArrayList<>();
    for (int f = 0; f < attributes.length; f++) {
      Attribute attribute = data.attribute(attributes[f]);
      if (image != null && !attribute.isNumeric()) {
        throw new IllegalArgumentException(
            "the pixels of an image must be numeric attributes, but '"
                + attribute.name()
                + "' is not");
      }
      width[f] = attribute.isNominal() ? attribute.numValues() : 1;
      if (!attribute.isNominal() && !attribute.isNumeric()) {
        throw new IllegalArgumentException(
            "attribute '" + attribute.name() + "' is neither numeric nor nominal");
      }
      means[f] = attribute.isNumeric() ? data.meanOrMode(attributes[f]) : 0;
      for (int k = 0; k < width[f]; k++) {
        features.add(f);
      }
    }
    coordinateFeatures = features.stream().mapToInt(Integer::intValue).toArray();
    shift = new double[coordinateFeatures.length];
    scale = new double[coordinateFeatures.length];
    java.util.Arrays.fill(scale, 1);
    if (image != null) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int f = 0; f < attributes.length; f++) {
        for (int r = 0; r < data.numInstances(); r++) {
          double v = data.instance(r).value(attributes[f]);
          if (!Double.isNaN(v)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
      }
      double range = max > min ? max - min : 1;
      java.util.Arrays.fill(shift, min == Double.POSITIVE_INFINITY ? 0 : min);
      java.util.Arrays.fill(scale, 1 / range);
    } else {
      int c = 0;
      for (int f = 0; f < attributes.length; f++) {
        if (width[f] == 1 && data.attribute(attributes[f]).isNumeric()) {
          double sd = Math.sqrt(data.variance(attributes[f]));
          shift[c] = means[f];
          scale[c] = sd > 0 && !Double.isNaN(sd) ? 1 / sd : 1;
        }
        c += width[f];
      }
    }
  }

  /**
   * The number of input coordinates.
   *
   * @return the count
   */
  public int size() {
    return coordinateFeatures.length;
  }

  /**
   * The input attribute (position among the non-class attributes) of each coordinate.
   *
   * @return a fresh array
   */
  public int[] coordinateFeatures() {
    return coordinateFeatures.clone();
  }

  /**
   * The image shape, or {@code null} for tabular data.
   *
   * @return the shape
   */
  public ImageShape image() {
    if (image == null && imageDims != null) {
      image = new ImageShape(imageDims[0], imageDims[1], imageDims[2]);
    }
    return image;
  }

  /**
   * The scale of each coordinate as the network reads it.
   *
   * @return a fresh array; network input = (coordinate − shift) × scale
   */
  public double[] scale() {
    return scale.clone();
  }

  /**
   * The input coordinates of a row.
   *
   * @param row all attribute values of the row, class included, as Weka encodes them
   * @return the coordinates
   */
  public double[] encode(double[] row) {
    double[] x = new double[coordinateFeatures.length];
    int c = 0;
    for (int f = 0; f < attributes.length; f++) {
      double v = row[attributes[f]];
      if (width[f] == 1) {
        x[c] = Double.isNaN(v) ? means[f] : v;
      } else if (!Double.isNaN(v)) {
        x[c + (int) v] = 1;
      }
      c += width[f];
    }
    return x;
  }

  /**
   * What the network reads for input coordinates.
   *
   * @param coordinates input coordinates
   * @return (coordinate − shift) × scale, per coordinate
   */
  public double[] toNetwork(double[] coordinates) {
    double[] out = new double[coordinates.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (coordinates[i] - shift[i]) * scale[i];
    }
    return out;
  }

  /**
   * The number of attributes the encoding was learnt on, class included.
   *
   * @return the count
   */
  public int numAttributes() {
    return attributes.length + 1;
  }

  /**
   * The class attribute's index.
   *
   * @return the index
   */
  public int classIndex() {
    return classIndex;
  }
}
