package org.glasswing.deep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import weka.core.Instances;

/**
 * An out-of-distribution score from a small autoencoder: a network trained to reproduce the
 * training inputs through a narrow bottleneck reconstructs rows like them well and unusual rows
 * badly. The score of a row is its mean squared reconstruction error on the network's input scale
 * (standardised numbers, one-hot labels, pixels in [0, 1]) and that error's percentile among the
 * errors of held-out training rows (100: worse than every one of them). A fifth of the training
 * rows (at least one) is held out of the fit for that reference, because an autoencoder
 * reconstructs the very rows it was fitted on better than new rows like them. Deterministic for a
 * seed.
 */
public final class Autoencoder {

  private final InputEncoding encoding;
  private final MultiLayerNetwork network;
  private final double[] sortedTrainingErrors;

  /**
   * A row's score.
   *
   * @param error the mean squared reconstruction error
   * @param percentile the share of held-out training rows with a smaller error, in percent
   */
  public record Score(double error, double percentile) {}

  private Autoencoder(InputEncoding encoding, MultiLayerNetwork network, double[] errors) {
    this.encoding = encoding;
    this.network = network;
    this.sortedTrainingErrors = errors.clone();
    Arrays.sort(sortedTrainingErrors);
  }

  /**
   * Trains an autoencoder on rows.
   *
   * @param train the training rows, class set (the class is not an input)
   * @param epochs training epochs, at least 1
   * @param seed the seed
   * @return the trained autoencoder
   * @throws IllegalArgumentException if there are fewer than 2 rows
   */
  public static Autoencoder fit(Instances train, int epochs, long seed) {
    if (train.numInstances() < 2) {
      throw new IllegalArgumentException("an autoencoder needs at least 2 training rows");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
    }
    InputEncoding encoding = new InputEncoding(train, null);
    int d = encoding.size();
    int hidden = Math.max(2, Math.min(64, d / 2));
    int bottleneck = Math.max(1, Math.min(16, d / 4));
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(seed)
            .updater(new Adam(0.01))
            .weightInit(WeightInit.XAVIER)
            .dataType(DataType.FLOAT)
            .list()
            .layer(new DenseLayer.Builder().nIn(d).nOut(hidden).activation(Activation.TANH).build())
            .layer(
                new DenseLayer.Builder()
                    .nIn(hidden)
                    .nOut(bottleneck)
                    .activation(Activation.TANH)
                    .build())
            .layer(
                new DenseLayer.Builder()
                    .nIn(bottleneck)
                    .nOut(hidden)
                    .activation(Activation.TANH)
                    .build())
            .layer(
                new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
                    .nIn(hidden)
                    .nOut(d)
                    .activation(Activation.IDENTITY)
                    .build())
            .build();
    MultiLayerNetwork network = new MultiLayerNetwork(conf);
    network.init();
    double[][] rows = new double[train.numInstances()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = encoding.encode(train.instance(r).toDoubleArray());
    }
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      order.add(r);
    }
    Random random = new Random(seed);
    Collections.shuffle(order, random);
    int heldOut = Math.max(1, rows.length / 5);
    double[][] reference = new double[heldOut][];
    for (int i = 0; i < heldOut; i++) {
      reference[i] = rows[order.get(i)];
    }
    order = new ArrayList<>(order.subList(heldOut, order.size()));
    Nd4j.getRandom().setSeed(seed);
    int batch = 32;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int start = 0; start < order.size(); start += batch) {
        int end = Math.min(order.size(), start + batch);
        double[][] part = new double[end - start][];
        for (int i = start; i < end; i++) {
          part[i - start] = rows[order.get(i)];
        }
        INDArray x = Networks.toNetwork(part, encoding, DataType.FLOAT);
        network.fit(new DataSet(x, x));
      }
    }
    Autoencoder fitted = new Autoencoder(encoding, network, new double[0]);
    return new Autoencoder(encoding, network, fitted.errors(reference));
  }

  private double[] errors(double[][] coordinates) {
    if (coordinates.length == 0) {
      return new double[0];
    }
    INDArray x = Networks.toNetwork(coordinates, encoding, DataType.FLOAT);
    INDArray y = network.output(x, false);
    double[][] in = Networks.rows(x);
    double[][] out = Networks.rows(y);
    double[] errors = new double[in.length];
    for (int r = 0; r < in.length; r++) {
      double sum = 0;
      for (int i = 0; i < in[r].length; i++) {
        double diff = in[r][i] - out[r][i];
        sum += diff * diff;
      }
      errors[r] = sum / in[r].length;
    }
    return errors;
  }

  /**
   * Scores rows.
   *
   * @param rows rows with the training attributes, as Weka encodes them (class included)
   * @return one score per row
   */
  public List<Score> score(List<double[]> rows) {
    double[][] coordinates = new double[rows.size()][];
    for (int r = 0; r < coordinates.length; r++) {
      coordinates[r] = encoding.encode(rows.get(r));
    }
    double[] errors = errors(coordinates);
    List<Score> scores = new ArrayList<>();
    for (double error : errors) {
      scores.add(new Score(error, percentile(error)));
    }
    return scores;
  }

  private double percentile(double error) {
    int below = 0;
    while (below < sortedTrainingErrors.length && sortedTrainingErrors[below] < error) {
      below++;
    }
    return 100.0 * below / sortedTrainingErrors.length;
  }
}
