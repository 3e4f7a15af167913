package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic classification predictions whose true class probabilities are known: true logits {@code
 * z}, actual class drawn from {@code softmax(z)}, reported probabilities {@code softmax(t z)}
 * (over-confident for {@code t > 1}).
 */
final class Synthetic {

  private Synthetic() {}

  static ClassPredictions overConfident(int rows, int classes, double sharpen, long seed) {
    return overConfident(rows, classes, sharpen, new double[classes], seed);
  }

  static ClassPredictions overConfident(
      int rows, int classes, double sharpen, double[] classOffset, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] p = new double[rows][];
    int[] y = new int[rows];
    for (int r = 0; r < rows; r++) {
      double[] z = new double[classes];
      for (int c = 0; c < classes; c++) {
        z[c] = 1.5 * gaussian(random) + classOffset[c];
      }
      double[] truth = softmax(z, 1);
      double u = random.nextDouble();
      int cls = 0;
      double cumulative = truth[0];
      while (u > cumulative && cls < classes - 1) {
        cls++;
        cumulative += truth[cls];
      }
      y[r] = cls;
      p[r] = softmax(z, sharpen);
    }
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("c" + c);
    }
    return new ClassPredictions(labels, p, y);
  }

  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  static double[] softmax(double[] z, double t) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      p[c] = Math.exp(t * (z[c] - max));
      sum += p[c];
    }
    for (int c = 0; c < z.length; c++) {
      p[c] /= sum;
    }
    return p;
  }
}
