package org.glasswing.weka.classifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Synthetic data on which NaiveBayes is overconfident: the class is yes with probability 0.5, one
 * noisy signal {@code s = y + N(0, 1)} is copied into {@code copies} attributes (tiny independent
 * jitter each), so NaiveBayes counts the same evidence {@code copies} times.
 */
final class Overconfident {

  private Overconfident() {}

  static Instances data(int rows, int copies, long seed) {
    Random random = new Random(seed);
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < copies; a++) {
      attributes.add(new Attribute("s" + a));
    }
    attributes.add(new Attribute("class", List.of("no", "yes")));
    Instances data = new Instances("overconfident", attributes, rows);
    data.setClassIndex(copies);
    for (int r = 0; r < rows; r++) {
      int y = random.nextBoolean() ? 1 : 0;
      double signal = y + random.nextGaussian();
      double[] values = new double[copies + 1];
      for (int a = 0; a < copies; a++) {
        values[a] = signal + 0.01 * random.nextGaussian();
      }
      values[copies] = y;
      data.add(new DenseInstance(1, values));
    }
    return data;
  }
}
