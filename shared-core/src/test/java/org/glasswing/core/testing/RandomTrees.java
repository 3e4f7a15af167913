package org.glasswing.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.DecisionTree.Node;
import org.glasswing.core.tree.Split;

/**
 * Random trees over a schema: every split kind, repeated features on a path, uneven cover and
 * missing-value weights that do not follow the cover (as J48's empty children do).
 */
public final class RandomTrees {

  private RandomTrees() {}

  public static DecisionTree tree(Schema schema, int depth, int outputs, long seed) {
    return new DecisionTree(node(schema, depth, outputs, new SplittableRandom(seed)));
  }

  private static Node node(Schema schema, int depth, int outputs, SplittableRandom random) {
    if (depth == 0 || random.nextInt(5) == 0) {
      double[] value = new double[outputs];
      double total = 0;
      for (int o = 0; o < outputs; o++) {
        value[o] = outputs == 1 ? random.nextDouble(-5, 5) : random.nextDouble(0.01, 1);
        total += value[o];
      }
      if (outputs > 1) {
        for (int o = 0; o < outputs; o++) {
          value[o] /= total;
        }
      }
      return Node.leaf(value);
    }
    int[] inputs = schema.inputIndices();
    int column = inputs[random.nextInt(inputs.length)];
    Feature feature = schema.feature(column);
    Split split;
    if (feature.isNominal()) {
      split =
          random.nextBoolean()
              ? Split.nominal(column, feature.labels().size())
              : Split.nominalBinary(column, random.nextInt(feature.labels().size()));
    } else {
      double t = random.nextDouble(-0.8, 0.8);
      split = random.nextBoolean() ? Split.lessThan(column, t) : Split.lessOrEqual(column, t);
    }
    List<Node> children = new ArrayList<>();
    double[] cover = new double[split.branches()];
    double[] missing = new double[split.branches()];
    double total = 0;
    for (int k = 0; k < split.branches(); k++) {
      children.add(node(schema, depth - 1, outputs, random));
      cover[k] = random.nextInt(6) == 0 ? 0 : random.nextDouble(1, 10);
      total += cover[k];
    }
    if (total == 0) {
      cover[0] = 1;
      total = 1;
    }
    for (int k = 0; k < split.branches(); k++) {
      missing[k] = random.nextInt(4) == 0 ? 0 : cover[k] / total;
    }
    return Node.split(split, children, cover, missing);
  }

  /** A schema of numeric and nominal inputs, then the target. */
  public static Schema mixedSchema(int numeric, int nominal, String... classes) {
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < numeric; i++) {
      features.add(Feature.numeric("x" + i));
    }
    for (int i = 0; i < nominal; i++) {
      features.add(Feature.nominal("n" + i, List.of("a", "b", "c")));
    }
    features.add(
        classes.length == 0 ? Feature.numeric("y") : Feature.nominal("class", List.of(classes)));
    return new Schema(features, features.size() - 1);
  }
}
