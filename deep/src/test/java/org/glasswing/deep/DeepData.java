package org.glasswing.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/** Generated data for the deep module's tests, and conversion to Weka. */
final class DeepData {

  private DeepData() {}

  /**
   * Tabular rows where the class is decided by {@code x1} and {@code colour} only: positive when x1
   * + (red ? 1 : −0.5) > 0; {@code noise} is irrelevant.
   */
  static Dataset tabular(int rows, long seed) {
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("x1"),
                Feature.nominal("colour", List.of("red", "green", "blue")),
                Feature.numeric("noise"),
                Feature.nominal("class", List.of("neg", "pos"))),
            3);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] data = new double[rows][];
    for (int r = 0; r < rows; r++) {
      double x1 = 2 * random.nextDouble() - 1;
      int colour = random.nextInt(3);
      double noise = 2 * random.nextDouble() - 1;
      double label = x1 + (colour == 0 ? 1 : -0.5) > 0 ? 1 : 0;
      data[r] = new double[] {x1, colour, noise, label};
    }
    return new Dataset(schema, data);
  }

  /** The same rows as Weka instances, class last. */
  static Instances toWeka(Dataset data) {
    Schema schema = data.schema();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int f = 0; f < schema.size(); f++) {
      Feature feature = schema.feature(f);
      attributes.add(
          feature.isNominal()
              ? new Attribute(feature.name(), new ArrayList<>(feature.labels()))
              : new Attribute(feature.name()));
    }
    Instances instances = new Instances("generated", attributes, data.numRows());
    instances.setClassIndex(schema.targetIndex());
    for (int r = 0; r < data.numRows(); r++) {
      instances.add(new DenseInstance(1, data.row(r)));
    }
    return instances;
  }

  static DeepNetClassifier train(Dataset data, String... options) throws Exception {
    DeepNetClassifier classifier = new DeepNetClassifier();
    classifier.setOptions(options.clone());
    classifier.buildClassifier(toWeka(data));
    return classifier;
  }
}
