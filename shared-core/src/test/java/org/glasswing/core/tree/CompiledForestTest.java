package org.glasswing.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.tree.DecisionTree.Node;
import org.glasswing.core.tree.TreeEnsemble.Aggregation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The compiled forest predicts bit for bit what its trees predict one by one, combined by the
 * aggregation rule: every split kind, missing values, trees that say nothing (NaN leaves).
 */
class CompiledForestTest {

  private static final Schema CLASSES =
      new Schema(
          List.of(
              Feature.numeric("a"),
              Feature.nominal("colour", List.of("red", "green", "blue")),
              Feature.numeric("b"),
              Feature.nominal("class", List.of("x", "y", "z"))),
          3);

  private static final Schema NUMBER =
      new Schema(
          List.of(
              Feature.numeric("a"),
              Feature.nominal("colour", List.of("red", "green", "blue")),
              Feature.numeric("b"),
              Feature.numeric("y")),
          3);

  @RepeatedTest(20)
  void aBatchEqualsTheTreesOneByOneCombinedLikeWeka(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    boolean classification = repetition.getCurrentRepetition() % 2 == 0;
    Schema schema = classification ? CLASSES : NUMBER;
    int outputs = classification ? 3 : 1;
    List<DecisionTree> trees = new ArrayList<>();
    for (int t = 0, count = 1 + random.nextInt(12); t < count; t++) {
      trees.add(new DecisionTree(randomNode(random, outputs, 0, !classification)));
    }
    Aggregation aggregation =
        classification && random.nextBoolean() ? Aggregation.NORMALIZED_SUM : Aggregation.MEAN;
    TreeEnsemble ensemble = new TreeEnsemble(schema, trees, aggregation);
    double[][] rows = randomRows(random, 300);

    double[][] compiled = CompiledForest.compile(ensemble).predict(rows);

    assertThat(compiled).hasNumberOfRows(rows.length);
    for (int r = 0; r < rows.length; r++) {
      assertThat(compiled[r])
          .as("row %d", r)
          .containsExactly(reference(trees, aggregation, rows[r]));
      assertThat(ensemble.predict(rows[r])).containsExactly(compiled[r]);
    }
  }

  @Test
  void countsNodesAndTreesAndIsSharedBetweenThreads() {
    DecisionTree stump =
        new DecisionTree(
            Node.split(
                Split.lessThan(0, 1), List.of(Node.leaf(1), Node.leaf(2)), new double[] {1, 1}));
    TreeEnsemble ensemble = new TreeEnsemble(NUMBER, List.of(stump, stump), Aggregation.MEAN);

    CompiledForest forest = CompiledForest.compile(ensemble);

    assertThat(forest.treeCount()).isEqualTo(2);
    assertThat(forest.nodeCount()).isEqualTo(6);
    assertThat(forest.isThreadSafe()).isTrue();
    assertThat(forest.copyForThread()).isSameAs(forest);
    assertThat(forest.outputNames()).containsExactly("y");
    assertThat(forest.predict(new double[] {0.5, 0, 0, Double.NaN})).containsExactly(1.0);
    assertThat(forest.predict(new double[] {1.0, 0, 0, Double.NaN})).containsExactly(2.0);
  }

  @Test
  void aNominalValueWithoutBranchIsRefusedNamingTheColumn() {
    DecisionTree tree =
        new DecisionTree(
            Node.split(
                Split.nominal(1, 3),
                List.of(Node.leaf(1), Node.leaf(2), Node.leaf(3)),
                new double[] {1, 1, 1}));
    CompiledForest forest =
        CompiledForest.compile(new TreeEnsemble(NUMBER, List.of(tree), Aggregation.MEAN));

    assertThatThrownBy(() -> forest.predict(new double[][] {{0, 3, 0, 0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 1")
        .hasMessageContaining("no branch");
  }

  /** The ensemble's definition, written out: each tree alone, then Weka's combination rule. */
  private static double[] reference(
      List<DecisionTree> trees, Aggregation aggregation, double[] row) {
    int width = trees.get(0).outputs();
    double[] sum = new double[width];
    int counted = 0;
    for (DecisionTree tree : trees) {
      double[] p = tree.predict(row);
      boolean missing = false;
      for (double v : p) {
        missing |= Double.isNaN(v);
      }
      if (aggregation == Aggregation.MEAN && missing) {
        continue;
      }
      counted++;
      for (int o = 0; o < width; o++) {
        sum[o] += p[o];
      }
    }
    if (aggregation == Aggregation.MEAN) {
      for (int o = 0; o < width; o++) {
        sum[o] = counted == 0 ? Double.NaN : sum[o] / counted;
      }
      return sum;
    }
    double total = 0;
    for (double v : sum) {
      total += v;
    }
    if (Math.abs(total) >= 1e-6) {
      for (int o = 0; o < width; o++) {
        sum[o] /= total;
      }
    }
    return sum;
  }

  private static Node randomNode(Random random, int outputs, int depth, boolean nanLeaves) {
    if (depth >= 5 || random.nextInt(4) == 0) {
      double[] value = new double[outputs];
      for (int o = 0; o < outputs; o++) {
        value[o] = nanLeaves && random.nextInt(8) == 0 ? Double.NaN : random.nextDouble();
      }
      return Node.leaf(value);
    }
    Split split =
        switch (random.nextInt(4)) {
          case 0 -> Split.lessThan(0, random.nextInt(5) / 4.0);
          case 1 -> Split.lessOrEqual(2, random.nextInt(5) / 4.0);
          case 2 -> Split.nominal(1, 3);
          default -> Split.nominalBinary(1, random.nextInt(3));
        };
    List<Node> children = new ArrayList<>();
    double[] cover = new double[split.branches()];
    double[] missing = new double[split.branches()];
    for (int b = 0; b < split.branches(); b++) {
      children.add(randomNode(random, outputs, depth + 1, nanLeaves));
      cover[b] = 1 + random.nextInt(9);
      // Zero now and then, as J48 gives an empty child; weights need not sum to one.
      missing[b] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
    }
    return Node.split(split, children, cover, missing);
  }

  /** Rows on the thresholds' grid (ties matter for the split direction), a fifth missing. */
  private static double[][] randomRows(Random random, int count) {
    double[][] rows = new double[count][];
    for (int r = 0; r < count; r++) {
      double[] row = {
        random.nextInt(5) / 4.0, random.nextInt(3), random.nextInt(5) / 4.0, Double.NaN
      };
      for (int c = 0; c < 3; c++) {
        if (random.nextInt(5) == 0) {
          row[c] = Double.NaN;
        }
      }
      rows[r] = row;
    }
    return rows;
  }
}
