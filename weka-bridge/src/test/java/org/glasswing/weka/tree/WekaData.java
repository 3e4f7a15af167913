package org.glasswing.weka.tree;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Test-only data helpers. The minimal Instances-to-Dataset conversion here stands in for the real
 * adapter, which lives on another branch.
 */
final class WekaData {

  private WekaData() {}

  /** An ARFF shipped inside the Weka jar, class last. */
  static Instances bundled(String name) {
    String path = "weka/gui/knowledgeflow/templates/" + name;
    try (InputStream in = Instances.class.getClassLoader().getResourceAsStream(path);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Instances data = new Instances(reader);
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }

  /** The same data with only some attributes kept (0-based indices, class included). */
  static Instances keep(Instances data, int... indices) {
    Instances copy = new Instances(data);
    copy.setClassIndex(-1);
    List<Integer> kept = new ArrayList<>();
    for (int i : indices) {
      kept.add(i);
    }
    for (int i = copy.numAttributes() - 1; i >= 0; i--) {
      if (!kept.contains(i)) {
        copy.deleteAttributeAt(i);
      }
    }
    copy.setClassIndex(copy.numAttributes() - 1);
    return copy;
  }

  /** A regression set: four numeric inputs, one nominal input, a numeric target y. */
  static Instances regression(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      attributes.add(new Attribute("x" + i));
    }
    attributes.add(new Attribute("colour", List.of("red", "green", "blue")));
    attributes.add(new Attribute("y"));
    Instances data = new Instances("regression", attributes, rows);
    data.setClassIndex(5);
    Random random = new Random(seed);
    for (int r = 0; r < rows; r++) {
      double[] v = new double[6];
      for (int i = 0; i < 4; i++) {
        v[i] = random.nextDouble();
      }
      v[4] = random.nextInt(3);
      v[5] =
          10 * Math.sin(Math.PI * v[0] * v[1])
              + 20 * (v[2] - 0.5) * (v[2] - 0.5)
              + 5 * v[3]
              + (v[4] == 1 ? 3 : 0)
              + random.nextGaussian();
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }

  /** A copy with each input value missing with some probability. */
  static Instances withMissing(Instances data, double rate, long seed) {
    Instances copy = new Instances(data);
    Random random = new Random(seed);
    for (Instance row : copy) {
      for (int a = 0; a < copy.numAttributes(); a++) {
        if (a != copy.classIndex() && random.nextDouble() < rate) {
          row.setMissing(a);
        }
      }
    }
    return copy;
  }

  static Schema schema(Instances data) {
    List<Feature> features = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute attribute = data.attribute(a);
      if (attribute.isNominal()) {
        List<String> labels = new ArrayList<>();
        for (int v = 0; v < attribute.numValues(); v++) {
          labels.add(attribute.value(v));
        }
        features.add(Feature.nominal(attribute.name(), labels));
      } else {
        features.add(Feature.numeric(attribute.name()));
      }
    }
    return new Schema(features, data.classIndex());
  }

  static Dataset dataset(Instances data) {
    double[][] rows = new double[data.numInstances()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = data.instance(r).toDoubleArray();
    }
    return new Dataset(schema(data), rows);
  }

  /** The first n rows. */
  static Instances head(Instances data, int n) {
    return new Instances(data, 0, Math.min(n, data.numInstances()));
  }
}
