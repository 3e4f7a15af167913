package org.glasswing.deep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.glasswing.core.data.Schema;
import org.glasswing.core.gradient.DifferentiableModel;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.gradient.LayerGradients;
import org.glasswing.core.gradient.Score;
import org.glasswing.core.uncertainty.StochasticModel;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained Deeplearning4j {@link MultiLayerNetwork} as the core sees it: a classifier with exact
 * gradients. It works on a double-precision copy of the network without dropout, so predictions and
 * gradients are deterministic and agree with finite differences; the original is never changed. Not
 * thread-safe ({@link #copyForThread()} gives an independent copy).
 */
public final class NetworkModel implements DifferentiableModel, StochasticModel {

  private final MultiLayerNetwork source;
  private final InputEncoding encoding;
  private final Schema schema;
  private final List<String> outputNames;
  private final MultiLayerNetwork network;
  private final List<String> layers = new ArrayList<>();
  private final Map<String, MultiLayerNetwork> heads = new HashMap<>();
  private MultiLayerNetwork sampler;

  /**
   * Wraps a trained network.
   *
   * @param source the trained network; not changed
   * @param encoding how rows become its input
   * @param schema the rows' schema (all attributes, class included, as in training)
   * @throws IllegalArgumentException if the schema does not match the encoding
   */
  public NetworkModel(MultiLayerNetwork source, InputEncoding encoding, Schema schema) {
    if (schema.size() != encoding.numAttributes()
        || schema.targetIndex() != encoding.classIndex()) {
      throw new IllegalArgumentException(
          "the data has "
              + schema.size()
              + " attributes, the network was trained on "
              + encoding.numAttributes());
    }
    this.source = source;
    this.encoding = encoding;
    this.schema = schema;
    this.outputNames = schema.target().labels();
    this.network = Networks.explainerCopy(source);
    for (int i = 0; i < network.getnLayers() - 1; i++) {
      layers.add(name(i));
    }
  }

  private String name(int layer) {
    String name = network.getLayer(layer).conf().getLayer().getLayerName();
    return name != null ? name : "layer" + layer;
  }

  private int indexOf(String layer) {
    int i = layers.indexOf(layer);
    if (i < 0) {
      throw new IllegalArgumentException(
          "no layer '" + layer + "'; the network's layers are " + String.join(", ", layers));
    }
    return i;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double[][] predict(double[][] rows) {
    double[][] inputs = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      inputs[r] = encode(rows[r]);
    }
    return scores(inputs, Score.PROBABILITY);
  }

  @Override
  public boolean isThreadSafe() {
    return false;
  }

  @Override
  public NetworkModel copyForThread() {
    return new NetworkModel(source, encoding, schema);
  }

  @Override
  public int inputSize() {
    return encoding.size();
  }

  @Override
  public int[] coordinateFeatures() {
    return encoding.coordinateFeatures();
  }

  @Override
  public double[] encode(double[] row) {
    return encoding.encode(row);
  }

  @Override
  public double[][] scores(double[][] inputs, Score score) {
    if (inputs.length == 0) {
      return new double[0][];
    }
    INDArray x = Networks.toNetwork(inputs, encoding, DataType.DOUBLE);
    if (score == Score.PROBABILITY) {
      return Networks.rows(network.output(x, false));
    }
    int last = network.getnLayers() - 1;
    List<INDArray> activations = network.feedForwardToLayer(last - 1, x, false);
    INDArray hidden = activations.get(activations.size() - 1);
    Layer output = network.getLayer(last);
    INDArray z = hidden.mmul(output.getParam("W")).addRowVector(output.getParam("b"));
    return Networks.rows(z);
  }

  @Override
  public double[][] inputGradients(double[][] inputs, int[] targets, Score score) {
    if (inputs.length == 0) {
      return new double[0][];
    }
    INDArray x = Networks.toNetwork(inputs, encoding, DataType.DOUBLE);
    Networks.setScoreMode(network, score == Score.LOGIT);
    INDArray selector = Networks.selector(targets, outputNames.size());
    INDArray gradient = network.calculateGradients(x, selector, null, null).getSecond().neg();
    return Networks.fromNetwork(gradient, encoding);
  }

  @Override
  public List<String> layers() {
    return List.copyOf(layers);
  }

  @Override
  public LayerGradients layerGradients(
      double[][] inputs, int[] targets, String layer, Score score) {
    int index = indexOf(layer);
    INDArray x = Networks.toNetwork(inputs, encoding, DataType.DOUBLE);
    List<INDArray> forward = network.feedForwardToLayer(index, x, false);
    INDArray activation = forward.get(index + 1);
    MultiLayerNetwork head = heads.computeIfAbsent(layer, l -> Networks.head(network, index + 1));
    Networks.setScoreMode(head, score == Score.LOGIT);
    INDArray selector = Networks.selector(targets, outputNames.size());
    INDArray gradient = head.calculateGradients(activation, selector, null, null).getSecond().neg();
    long[] shape = activation.shape();
    int channels = (int) shape[1];
    int height = shape.length == 4 ? (int) shape[2] : 1;
    int width = shape.length == 4 ? (int) shape[3] : 1;
    return new LayerGradients(
        Networks.rows(activation), Networks.rows(gradient), channels, height, width);
  }

  @Override
  public Optional<String> lastConvolutionalLayer() {
    String last = null;
    for (int i = 0; i < layers.size(); i++) {
      if (network.getLayer(i).conf().getLayer() instanceof ConvolutionLayer) {
        last = layers.get(i);
      }
    }
    return Optional.ofNullable(last);
  }

  @Override
  public double[][][] sample(double[][] rows, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("at least 1 sample per row, got " + samples);
    }
    if (sampler == null) {
      sampler = source.clone();
    }
    double[][][] out = new double[rows.length][][];
    for (int r = 0; r < rows.length; r++) {
      double[][] copies = new double[samples][];
      double[] x = encode(rows[r]);
      for (int s = 0; s < samples; s++) {
        copies[s] = x;
      }
      INDArray input =
          Networks.toNetwork(copies, encoding, source.getLayerWiseConfigurations().getDataType());
      Nd4j.getRandom().setSeed(seed + 7_919L * r);
      out[r] = Networks.rows(sampler.output(input, true));
    }
    return out;
  }

  @Override
  public boolean isStochastic() {
    for (int i = 0; i < source.getnLayers(); i++) {
      if (source.getLayer(i).conf().getLayer().getIDropout() != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<ImageShape> imageShape() {
    return Optional.ofNullable(encoding.image());
  }
}
