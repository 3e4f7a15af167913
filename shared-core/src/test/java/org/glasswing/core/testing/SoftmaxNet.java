package org.glasswing.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.gradient.DifferentiableModel;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.gradient.LayerGradients;
import org.glasswing.core.gradient.Score;

/**
 * A differentiable classifier with closed-form gradients: logits z = W·x + b over the input
 * coordinates (numeric values, one-hot indicators of nominal attributes), probabilities softmax(z).
 * Its only "layer" is the input itself, seen as a one-channel image when an image shape is given,
 * so Grad-CAM has a closed form too: ReLU(mean(W_t) · x).
 */
public final class SoftmaxNet implements DifferentiableModel {

  private final Schema schema;
  private final double[][] weights;
  private final double[] bias;
  private final ImageShape image;
  private final int[] coordinateFeatures;

  public SoftmaxNet(Schema schema, double[][] weights, double[] bias, ImageShape image) {
    this.schema = schema;
    this.weights = weights;
    this.bias = bias;
    this.image = image;
    List<Integer> features = new ArrayList<>();
    int[] inputs = schema.inputIndices();
    for (int f = 0; f < inputs.length; f++) {
      Feature feature = schema.feature(inputs[f]);
      int width = feature.isNominal() ? feature.labels().size() : 1;
      for (int k = 0; k < width; k++) {
        features.add(f);
      }
    }
    coordinateFeatures = features.stream().mapToInt(Integer::intValue).toArray();
    for (double[] w : weights) {
      if (w.length != coordinateFeatures.length) {
        throw new IllegalArgumentException("weights do not match the coordinates");
      }
    }
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return schema.target().labels();
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
    return true;
  }

  @Override
  public SoftmaxNet copyForThread() {
    return this;
  }

  @Override
  public int inputSize() {
    return coordinateFeatures.length;
  }

  @Override
  public int[] coordinateFeatures() {
    return coordinateFeatures.clone();
  }

  @Override
  public double[] encode(double[] row) {
    double[] x = new double[coordinateFeatures.length];
    int i = 0;
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      if (feature.isNominal()) {
        x[i + (int) row[column]] = 1;
        i += feature.labels().size();
      } else {
        x[i++] = row[column];
      }
    }
    return x;
  }

  private double[] logits(double[] x) {
    double[] z = bias.clone();
    for (int c = 0; c < z.length; c++) {
      for (int i = 0; i < x.length; i++) {
        z[c] += weights[c][i] * x[i];
      }
    }
    return z;
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(z[c] - max);
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  @Override
  public double[][] scores(double[][] inputs, Score score) {
    double[][] out = new double[inputs.length][];
    for (int r = 0; r < inputs.length; r++) {
      double[] z = logits(inputs[r]);
      out[r] = score == Score.LOGIT ? z : softmax(z);
    }
    return out;
  }

  @Override
  public double[][] inputGradients(double[][] inputs, int[] targets, Score score) {
    double[][] out = new double[inputs.length][];
    for (int r = 0; r < inputs.length; r++) {
      int t = targets[r];
      if (score == Score.LOGIT) {
        out[r] = weights[t].clone();
        continue;
      }
      double[] p = softmax(logits(inputs[r]));
      double[] g = new double[inputSize()];
      for (int i = 0; i < g.length; i++) {
        double mean = 0;
        for (int c = 0; c < p.length; c++) {
          mean += p[c] * weights[c][i];
        }
        g[i] = p[t] * (weights[t][i] - mean);
      }
      out[r] = g;
    }
    return out;
  }

  @Override
  public List<String> layers() {
    return List.of("input");
  }

  @Override
  public LayerGradients layerGradients(
      double[][] inputs, int[] targets, String layer, Score score) {
    if (!layer.equals("input")) {
      throw new IllegalArgumentException("no layer " + layer);
    }
    double[][] activations = new double[inputs.length][];
    for (int r = 0; r < inputs.length; r++) {
      activations[r] = inputs[r].clone();
    }
    int h = image == null ? 1 : image.height();
    int w = image == null ? inputSize() : image.width();
    return new LayerGradients(activations, inputGradients(inputs, targets, score), 1, h, w);
  }

  @Override
  public Optional<String> lastConvolutionalLayer() {
    return image == null ? Optional.empty() : Optional.of("input");
  }

  @Override
  public Optional<ImageShape> imageShape() {
    return Optional.ofNullable(image);
  }
}
