package org.glasswing.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/** Small synthetic schemas and datasets for tests. */
public final class Data {

  private Data() {}

  /** n numeric inputs x0..x(n-1), then a numeric target y. */
  public static Schema numericRegression(int n) {
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      features.add(Feature.numeric("x" + i));
    }
    features.add(Feature.numeric("y"));
    return new Schema(features, n);
  }

  /** n numeric inputs, then a nominal target with the given labels. */
  public static Schema numericClassification(int n, String... labels) {
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      features.add(Feature.numeric("x" + i));
    }
    features.add(Feature.nominal("class", List.of(labels)));
    return new Schema(features, n);
  }

  /** Rows with inputs uniform on (-1, 1), nominal inputs uniform over their labels, target NaN. */
  public static Dataset random(Schema schema, int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[rows][schema.size()];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < schema.size(); c++) {
        Feature feature = schema.feature(c);
        if (c == schema.targetIndex()) {
          values[r][c] = Double.NaN;
        } else if (feature.isNominal()) {
          values[r][c] = random.nextInt(feature.labels().size());
        } else {
          values[r][c] = random.nextDouble(-1, 1);
        }
      }
    }
    return new Dataset(schema, values);
  }
}
