package org.glasswing.deep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.glasswing.core.gradient.ImageShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between input coordinates and network arrays, and network surgery for gradients. */
final class Networks {

  private Networks() {}

  /**
   * The network's input for a batch of input coordinates: [rows, coordinates] for a tabular
   * network, [rows, channels, height, width] for an image network.
   */
  static INDArray toNetwork(double[][] coordinates, InputEncoding encoding, DataType type) {
    int n = coordinates.length;
    int d = encoding.size();
    double[] flat = new double[n * d];
    ImageShape image = encoding.image();
    for (int r = 0; r < n; r++) {
      if (coordinates[r].length != d) {
        throw new IllegalArgumentException(
            "an input has " + coordinates[r].length + " coordinates, the network reads " + d);
      }
      double[] x = encoding.toNetwork(coordinates[r]);
      if (image == null) {
        System.arraycopy(x, 0, flat, r * d, d);
      } else {
        int h = image.height();
        int w = image.width();
        for (int c = 0; c < image.channels(); c++) {
          for (int y = 0; y < h; y++) {
            for (int xx = 0; xx < w; xx++) {
              flat[r * d + (c * h + y) * w + xx] = x[image.index(y, xx, c)];
            }
          }
        }
      }
    }
    long[] shape =
        image == null
            ? new long[] {n, d}
            : new long[] {n, image.channels(), image.height(), image.width()};
    return Nd4j.create(flat, shape, DataType.DOUBLE).castTo(type);
  }

  /**
   * Input gradients of the network (as returned for its input array) as gradients with respect to
   * the input coordinates: reordered back and multiplied by the encoding's scale.
   */
  static double[][] fromNetwork(INDArray gradient, InputEncoding encoding) {
    int n = (int) gradient.size(0);
    int d = encoding.size();
    double[] flat = gradient.castTo(DataType.DOUBLE).dup('c').reshape(n, d).data().asDouble();
    double[] scale = encoding.scale();
    ImageShape image = encoding.image();
    double[][] out = new double[n][d];
    for (int r = 0; r < n; r++) {
      if (image == null) {
        for (int i = 0; i < d; i++) {
          out[r][i] = flat[r * d + i] * scale[i];
        }
      } else {
        int h = image.height();
        int w = image.width();
        for (int c = 0; c < image.channels(); c++) {
          for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
              int i = image.index(y, x, c);
              out[r][i] = flat[r * d + (c * h + y) * w + x] * scale[i];
            }
          }
        }
      }
    }
    return out;
  }

  /** Rows of a 2-d (or higher, flattened per row) array as Java arrays. */
  static double[][] rows(INDArray array) {
    int n = (int) array.size(0);
    long per = array.length() / Math.max(1, n);
    double[] flat = array.castTo(DataType.DOUBLE).dup('c').reshape(n, per).data().asDouble();
    double[][] out = new double[n][(int) per];
    for (int r = 0; r < n; r++) {
      System.arraycopy(flat, (int) (r * per), out[r], 0, (int) per);
    }
    return out;
  }

  /** One-hot selector rows. */
  static INDArray selector(int[] targets, int classes) {
    double[] flat = new double[targets.length * classes];
    for (int r = 0; r < targets.length; r++) {
      flat[r * classes + targets[r]] = 1;
    }
    return Nd4j.create(flat, new long[] {targets.length, classes}, DataType.DOUBLE);
  }

  /**
   * A double-precision copy for explaining: dropout removed from every layer (Deeplearning4j would
   * otherwise apply it while back-propagating) and the output layer's loss replaced by {@link
   * ClassScoreLoss}. The source network is not changed.
   */
  static MultiLayerNetwork explainerCopy(MultiLayerNetwork source) {
    MultiLayerNetwork copy = source.clone().convertDataType(DataType.DOUBLE);
    for (int i = 0; i < copy.getnLayers(); i++) {
      copy.getLayer(i).conf().getLayer().setIDropout(null);
    }
    setScoreMode(copy, false);
    return copy;
  }

  /** Switches an explainer copy's output loss between logit and probability mode. */
  static void setScoreMode(MultiLayerNetwork copy, boolean logit) {
    ((BaseOutputLayer) copy.getOutputLayer().conf().getLayer())
        .setLossFn(new ClassScoreLoss(logit));
  }

  /**
   * The network made of layers {@code first} … end of an explainer copy, with the same parameters:
   * its input is the activation of layer {@code first − 1}.
   */
  static MultiLayerNetwork head(MultiLayerNetwork source, int first) {
    MultiLayerConfiguration conf = source.getLayerWiseConfigurations();
    List<NeuralNetConfiguration> confs = new ArrayList<>();
    Map<Integer, InputPreProcessor> preprocessors = new HashMap<>();
    for (int i = first; i < source.getnLayers(); i++) {
      confs.add(conf.getConf(i).clone());
      InputPreProcessor p = conf.getInputPreProcess(i);
      if (p != null) {
        preprocessors.put(i - first, p.clone());
      }
    }
    MultiLayerConfiguration headConf =
        new MultiLayerConfiguration.Builder()
            .confs(confs)
            .inputPreProcessors(preprocessors)
            .dataType(DataType.DOUBLE)
            .build();
    MultiLayerNetwork head = new MultiLayerNetwork(headConf);
    head.init();
    for (int i = first; i < source.getnLayers(); i++) {
      INDArray params = source.getLayer(i).params();
      if (params != null && params.length() > 0) {
        head.getLayer(i - first).setParams(params.dup());
      }
    }
    return head;
  }
}
