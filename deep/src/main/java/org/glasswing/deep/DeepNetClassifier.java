package org.glasswing.deep;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.glasswing.core.data.Schema;
import org.glasswing.core.gradient.ImageShape;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import weka.classifiers.AbstractClassifier;
import weka.core.BatchPredictor;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.Utils;

/**
 * A Weka classifier that trains a Deeplearning4j network: a multilayer perceptron for tabular data
 * (nominal attributes one-hot encoded, numeric ones standardised, inside), or, with {@code
 * -image-shape HxWxC}, a small convolutional network whose input attributes are the pixels of an
 * image (row-major, channels last; see {@link ImageShape}). Each convolution is 3×3 with ReLU,
 * followed by 2×2 max pooling; dense layers follow, then a softmax output. Trained with Adam on
 * shuffled mini-batches; deterministic for a seed. Serialisable as a Weka {@code .model} (the
 * network is stored in Deeplearning4j's own format inside).
 *
 * <p>Options: {@code -layers 32} (hidden dense units, comma-separated), {@code -filters 8,16}
 * (convolution filters, images only), {@code -epochs 50}, {@code -lr 0.01}, {@code -dropout 0}
 * (probability of dropping a dense layer's input unit), {@code -mini-batch 32}, {@code -S 1}, and
 * {@code -image-shape HxWxC}.
 */
public class DeepNetClassifier extends AbstractClassifier implements BatchPredictor, Randomizable {

  private static final long serialVersionUID = 1L;

  private String layers = "32";
  private String filters = "8,16";
  private int epochs = 50;
  private double learningRate = 0.01;
  private double dropout = 0;
  private int miniBatch = 32;
  private int seed = 1;
  private String imageShape = "";

  private InputEncoding encoding;
  private Instances header;
  private transient MultiLayerNetwork network;

  static {
    // ND4J finds its backend (nd4j-native) through a ServiceLoader on the thread's context class
    // loader, which inside Weka is the application class loader, not the glasswingDeep package's
    // loader that holds Deeplearning4j: point it at the loader of this class.
    ND4JClassLoading.setNd4jClassloaderFromClass(DeepNetClassifier.class);
  }

  /** Creates the classifier with the default options. */
  public DeepNetClassifier() {}

  @Override
  public String toString() {
    if (network == null) {
      return "DeepNetClassifier: not built";
    }
    StringBuilder s = new StringBuilder("DeepNetClassifier (Deeplearning4j)\n");
    s.append(encoding.image() == null ? "multilayer perceptron" : "CNN on " + encoding.image());
    s.append(", ").append(network.numParams()).append(" parameters\n");
    for (int i = 0; i < network.getnLayers(); i++) {
      org.deeplearning4j.nn.conf.layers.Layer l = network.getLayer(i).conf().getLayer();
      s.append("  ").append(l.getLayerName()).append(": ").append(l.getClass().getSimpleName());
      s.append('\n');
    }
    return s.toString();
  }

  /**
   * A short description for Weka's GUI.
   *
   * @return the description
   */
  public String globalInfo() {
    return "A multilayer perceptron, or a small convolutional network for image pixels"
        + " (-image-shape HxWxC), trained with Deeplearning4j; explainable with gradient methods"
        + " by Glasswing.";
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    return result;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    Instances train = new Instances(data);
    train.deleteWithMissingClass();
    if (train.numInstances() == 0) {
      throw new IllegalArgumentException("no training rows with a class value");
    }
    ImageShape image = imageShape.isBlank() ? null : ImageShape.parse(imageShape);
    int[] hidden = parseSizes(layers, "-layers");
    int[] convolutions = image == null ? new int[0] : parseSizes(filters, "-filters");
    if (image != null && hidden.length == 0) {
      throw new IllegalArgumentException(
          "a convolutional network needs at least one dense layer (-layers)");
    }
    if (epochs < 1 || miniBatch < 1 || !(learningRate > 0)) {
      throw new IllegalArgumentException(
          "-epochs and -mini-batch must be at least 1 and -lr above 0");
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("-dropout must be at least 0 and below 1, got " + dropout);
    }
    encoding = new InputEncoding(train, image);
    header = new Instances(train, 0);
    int classes = train.numClasses();
    network = new MultiLayerNetwork(configuration(image, hidden, convolutions, classes));
    network.init();
    double[][] coordinates = new double[train.numInstances()][];
    double[] labels = new double[train.numInstances() * classes];
    for (int r = 0; r < train.numInstances(); r++) {
      coordinates[r] = encoding.encode(train.instance(r).toDoubleArray());
      labels[r * classes + (int) train.instance(r).classValue()] = 1;
    }
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < coordinates.length; r++) {
      order.add(r);
    }
    Nd4j.getRandom().setSeed(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int start = 0; start < order.size(); start += miniBatch) {
        int end = Math.min(order.size(), start + miniBatch);
        double[][] batch = new double[end - start][];
        double[] batchLabels = new double[(end - start) * classes];
        for (int i = start; i < end; i++) {
          int r = order.get(i);
          batch[i - start] = coordinates[r];
          System.arraycopy(labels, r * classes, batchLabels, (i - start) * classes, classes);
        }
        INDArray x = Networks.toNetwork(batch, encoding, DataType.FLOAT);
        INDArray y =
            Nd4j.create(batchLabels, new long[] {end - start, classes}, DataType.DOUBLE)
                .castTo(DataType.FLOAT);
        network.fit(new DataSet(x, y));
      }
    }
  }

  private MultiLayerConfiguration configuration(
      ImageShape image, int[] hidden, int[] convolutions, int classes) {
    NeuralNetConfiguration.ListBuilder list =
        new NeuralNetConfiguration.Builder()
            .seed(seed)
            .updater(new Adam(learningRate))
            .weightInit(WeightInit.XAVIER)
            .dataType(DataType.FLOAT)
            .list();
    int index = 0;
    for (int k = 0; k < convolutions.length; k++) {
      list.layer(
          index++,
          new ConvolutionLayer.Builder(3, 3)
              .nOut(convolutions[k])
              .stride(1, 1)
              .convolutionMode(ConvolutionMode.Same)
              .activation(Activation.RELU)
              .weightInit(WeightInit.RELU)
              .name("conv" + (k + 1))
              .build());
      list.layer(
          index++,
          new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
              .kernelSize(2, 2)
              .stride(2, 2)
              .convolutionMode(ConvolutionMode.Same)
              .name("pool" + (k + 1))
              .build());
    }
    for (int k = 0; k < hidden.length; k++) {
      DenseLayer.Builder dense =
          new DenseLayer.Builder()
              .nOut(hidden[k])
              .activation(image == null ? Activation.TANH : Activation.RELU)
              .name("dense" + (k + 1));
      if (dropout > 0) {
        dense.dropOut(1 - dropout); // Deeplearning4j takes the retain probability
      }
      list.layer(index++, dense.build());
    }
    list.layer(
        index,
        new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
            .nOut(classes)
            .activation(Activation.SOFTMAX)
            .name("output")
            .build());
    list.setInputType(
        image == null
            ? InputType.feedForward(encoding.size())
            : InputType.convolutional(image.height(), image.width(), image.channels()));
    return list.build();
  }

  private static int[] parseSizes(String text, String option) {
    if (text == null || text.isBlank()) {
      return new int[0];
    }
    String[] parts = text.split(",");
    int[] sizes = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        sizes[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            option + " takes comma-separated sizes such as 32,16, got '" + text + "'", e);
      }
      if (sizes[i] < 1) {
        throw new IllegalArgumentException(option + " sizes must be at least 1, got " + text);
      }
    }
    return sizes;
  }

  private INDArray input(Instances rows) {
    double[][] coordinates = new double[rows.numInstances()][];
    for (int r = 0; r < rows.numInstances(); r++) {
      coordinates[r] = encoding.encode(rows.instance(r).toDoubleArray());
    }
    return Networks.toNetwork(coordinates, encoding, DataType.FLOAT);
  }

  private void requireBuilt() {
    if (network == null) {
      throw new IllegalStateException("the classifier has not been built");
    }
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    requireBuilt();
    Instances one = new Instances(header, 1);
    one.add(instance);
    return distributionsForInstances(one)[0];
  }

  @Override
  public double[][] distributionsForInstances(Instances rows) throws Exception {
    requireBuilt();
    if (rows.numInstances() == 0) {
      return new double[0][];
    }
    return Networks.rows(network.output(input(rows), false));
  }

  @Override
  public boolean implementsMoreEfficientBatchPrediction() {
    return true;
  }

  /**
   * The trained network as a differentiable model of the core.
   *
   * @param schema the schema of the rows to explain (the training attributes, class included)
   * @return a model with exact gradients; the classifier is not changed
   * @throws IllegalStateException if the classifier has not been built
   */
  public NetworkModel model(Schema schema) {
    requireBuilt();
    return new NetworkModel(network, encoding, schema);
  }

  /**
   * The trained network; callers must not change it.
   *
   * @return the network
   * @throws IllegalStateException if the classifier has not been built
   */
  public MultiLayerNetwork network() {
    requireBuilt();
    return network;
  }

  /**
   * How rows become the network's input.
   *
   * @return the encoding learnt in training
   * @throws IllegalStateException if the classifier has not been built
   */
  public InputEncoding encoding() {
    requireBuilt();
    return encoding;
  }

  // ---- options ----

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> options = new Vector<>();
    options.add(
        new Option(
            "\tHidden dense layer sizes, comma-separated (default 32).",
            "layers",
            1,
            "-layers <sizes>"));
    options.add(
        new Option(
            "\tConvolution filters per layer, images only (default 8,16).",
            "filters",
            1,
            "-filters <sizes>"));
    options.add(new Option("\tTraining epochs (default 50).", "epochs", 1, "-epochs <n>"));
    options.add(new Option("\tAdam learning rate (default 0.01).", "lr", 1, "-lr <rate>"));
    options.add(
        new Option(
            "\tDropout probability on dense layer inputs (default 0).",
            "dropout",
            1,
            "-dropout <p>"));
    options.add(new Option("\tMini-batch size (default 32).", "mini-batch", 1, "-mini-batch <n>"));
    options.add(new Option("\tRandom seed (default 1).", "S", 1, "-S <seed>"));
    options.add(
        new Option(
            "\tImage shape HxWxC of the pixel attributes (default: tabular).",
            "image-shape",
            1,
            "-image-shape <HxWxC>"));
    options.addAll(Collections.list(super.listOptions()));
    return options.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    String value = Utils.getOption("layers", options);
    layers = value.isEmpty() ? "32" : value;
    value = Utils.getOption("filters", options);
    filters = value.isEmpty() ? "8,16" : value;
    value = Utils.getOption("epochs", options);
    epochs = value.isEmpty() ? 50 : Integer.parseInt(value);
    value = Utils.getOption("lr", options);
    learningRate = value.isEmpty() ? 0.01 : Double.parseDouble(value);
    value = Utils.getOption("dropout", options);
    dropout = value.isEmpty() ? 0 : Double.parseDouble(value);
    value = Utils.getOption("mini-batch", options);
    miniBatch = value.isEmpty() ? 32 : Integer.parseInt(value);
    value = Utils.getOption('S', options);
    seed = value.isEmpty() ? 1 : Integer.parseInt(value);
    imageShape = Utils.getOption("image-shape", options);
    if (!imageShape.isBlank()) {
      ImageShape.parse(imageShape);
    }
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> options = new ArrayList<>();
    Collections.addAll(
        options,
        "-layers",
        layers,
        "-filters",
        filters,
        "-epochs",
        Integer.toString(epochs),
        "-lr",
        Double.toString(learningRate),
        "-dropout",
        Double.toString(dropout),
        "-mini-batch",
        Integer.toString(miniBatch),
        "-S",
        Integer.toString(seed));
    if (!imageShape.isBlank()) {
      Collections.addAll(options, "-image-shape", imageShape);
    }
    Collections.addAll(options, super.getOptions());
    return options.toArray(new String[0]);
  }

  /**
   * The hidden dense layer sizes.
   *
   * @return comma-separated sizes
   */
  public String getLayers() {
    return layers;
  }

  /**
   * Sets the hidden dense layer sizes.
   *
   * @param layers comma-separated sizes, such as {@code 32,16}
   */
  public void setLayers(String layers) {
    this.layers = layers;
  }

  /**
   * The convolution filters per layer.
   *
   * @return comma-separated counts
   */
  public String getFilters() {
    return filters;
  }

  /**
   * Sets the convolution filters per layer (images only).
   *
   * @param filters comma-separated counts, such as {@code 8,16}
   */
  public void setFilters(String filters) {
    this.filters = filters;
  }

  /**
   * The number of training epochs.
   *
   * @return the count
   */
  public int getEpochs() {
    return epochs;
  }

  /**
   * Sets the number of training epochs.
   *
   * @param epochs at least 1
   */
  public void setEpochs(int epochs) {
    this.epochs = epochs;
  }

  /**
   * The Adam learning rate.
   *
   * @return the rate
   */
  public double getLearningRate() {
    return learningRate;
  }

  /**
   * Sets the Adam learning rate.
   *
   * @param learningRate above 0
   */
  public void setLearningRate(double learningRate) {
    this.learningRate = learningRate;
  }

  /**
   * The dropout probability on dense layer inputs.
   *
   * @return the probability
   */
  public double getDropout() {
    return dropout;
  }

  /**
   * Sets the dropout probability on dense layer inputs.
   *
   * @param dropout from 0 (none) to below 1
   */
  public void setDropout(double dropout) {
    this.dropout = dropout;
  }

  /**
   * The mini-batch size.
   *
   * @return the size
   */
  public int getMiniBatch() {
    return miniBatch;
  }

  /**
   * Sets the mini-batch size.
   *
   * @param miniBatch at least 1
   */
  public void setMiniBatch(int miniBatch) {
    this.miniBatch = miniBatch;
  }

  /**
   * The random seed.
   *
   * @return the seed
   */
  @Override
  public int getSeed() {
    return seed;
  }

  /**
   * Sets the random seed.
   *
   * @param seed the seed
   */
  @Override
  public void setSeed(int seed) {
    this.seed = seed;
  }

  /**
   * The image shape of the pixel attributes.
   *
   * @return {@code HxWxC}, or empty for tabular data
   */
  public String getImageShape() {
    return imageShape;
  }

  /**
   * Sets the image shape of the pixel attributes.
   *
   * @param imageShape {@code HxWxC}, or empty for tabular data
   */
  public void setImageShape(String imageShape) {
    this.imageShape = imageShape == null ? "" : imageShape;
  }

  // ---- serialisation: the network is stored in Deeplearning4j's zip format ----

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(network == null ? null : NetworkArchive.write(network));
  }

  /**
   * Reads the fields, then the network from its zip bytes with {@link NetworkArchive}, which uses
   * no Java serialization (no nested object stream that a filter on this one would not reach).
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Object bytes = in.readObject();
    if (bytes != null && !(bytes instanceof byte[])) {
      throw NetworkArchive.invalid(
          "the network is a " + bytes.getClass().getName() + " instead of bytes", null);
    }
    network = bytes == null ? null : NetworkArchive.read((byte[]) bytes);
  }
}
