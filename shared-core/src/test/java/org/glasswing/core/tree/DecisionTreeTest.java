package org.glasswing.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.tree.DecisionTree.Node;
import org.glasswing.core.tree.TreeEnsemble.Aggregation;
import org.junit.jupiter.api.Test;

class DecisionTreeTest {

  private static final double NA = Double.NaN;

  private final Schema schema =
      new Schema(
          List.of(
              Feature.numeric("x"),
              Feature.nominal("colour", List.of("red", "green", "blue")),
              Feature.nominal("class", List.of("yes", "no"))),
          2);

  @Test
  void numericSplitsHonourTheirDirectionAtTheThreshold() {
    assertThat(Split.lessThan(0, 1.5).branch(1.5)).isEqualTo(1);
    assertThat(Split.lessThan(0, 1.5).branch(1.4999)).isEqualTo(0);
    assertThat(Split.lessOrEqual(0, 1.5).branch(1.5)).isEqualTo(0);
    assertThat(Split.lessOrEqual(0, 1.5).branch(1.5001)).isEqualTo(1);
    assertThat(Split.nominal(1, 3).branch(2)).isEqualTo(2);
    assertThat(Split.nominalBinary(1, 2).branch(2)).isEqualTo(0);
    assertThat(Split.nominalBinary(1, 2).branch(0)).isEqualTo(1);
    assertThat(Split.lessThan(0, 1.5).branch(NA)).isEqualTo(-1);
  }

  @Test
  void missingValuesCombineBranchesByTheirMissingValueWeights() {
    DecisionTree tree =
        new DecisionTree(
            Node.split(
                Split.lessThan(0, 0),
                List.of(
                    Node.leaf(1, 0),
                    Node.split(
                        Split.nominal(1, 3),
                        List.of(Node.leaf(0, 1), Node.leaf(0.5, 0.5), Node.leaf(0.2, 0.8)),
                        new double[] {1, 1, 2},
                        new double[] {0.25, 0.25, 0.0})),
                new double[] {1, 3}));

    assertThat(tree.nodeCount()).isEqualTo(6);
    assertThat(tree.maxDepth()).isEqualTo(2);
    assertThat(tree.predict(new double[] {-1, 2, NA})).containsExactly(1, 0);
    assertThat(tree.predict(new double[] {1, 2, NA})).containsExactly(0.2, 0.8);
    // x missing: 0.25 × leaf 1 + 0.75 × (colour known: blue)
    assertThat(tree.predict(new double[] {NA, 2, NA}))
        .containsExactly(new double[] {0.25 + 0.75 * 0.2, 0.75 * 0.8}, within(1e-15));
    // colour missing: its weights 0.25, 0.25, 0 (an empty-child style zero) do not sum to one
    assertThat(tree.predict(new double[] {1, NA, NA}))
        .containsExactly(new double[] {0.125, 0.375}, within(1e-15));
    assertThat(tree.coverFraction(2, 2)).isEqualTo(0.5);
  }

  @Test
  void ensemblesAverageOrNormaliseTheSumLikeWeka() {
    DecisionTree a = new DecisionTree(Node.leaf(0.2, 0.8));
    DecisionTree b =
        new DecisionTree(
            Node.split(
                Split.lessOrEqual(0, 0),
                List.of(Node.leaf(1, 0), Node.leaf(0, 0)),
                new double[] {1, 1}));
    TreeEnsemble sum = new TreeEnsemble(schema, List.of(a, b), Aggregation.NORMALIZED_SUM);
    TreeEnsemble mean = new TreeEnsemble(schema, List.of(a, b), Aggregation.MEAN);

    assertThat(sum.outputNames()).containsExactly("yes", "no");
    assertThat(sum.predict(new double[] {0, 0, NA})).containsExactly(0.6, 0.4);
    // the second tree says nothing for x > 0: the sum (0.2, 0.8) is normalised by 1
    assertThat(sum.predict(new double[] {1, 0, NA})).containsExactly(0.2, 0.8);
    assertThat(mean.predict(new double[] {1, 0, NA})).containsExactly(0.1, 0.4);
  }

  @Test
  void treesThatDoNotFitTheSchemaAreRefused() {
    DecisionTree onTarget =
        new DecisionTree(
            Node.split(
                Split.nominal(2, 2),
                List.of(Node.leaf(1, 0), Node.leaf(0, 1)),
                new double[] {1, 1}));
    DecisionTree numericOnNominal =
        new DecisionTree(
            Node.split(
                Split.lessThan(1, 0),
                List.of(Node.leaf(1, 0), Node.leaf(0, 1)),
                new double[] {1, 1}));
    DecisionTree threeOutputs = new DecisionTree(Node.leaf(1, 0, 0));

    assertThatThrownBy(() -> new TreeEnsemble(schema, List.of(onTarget), Aggregation.MEAN))
        .hasMessageContaining("not an input");
    assertThatThrownBy(() -> new TreeEnsemble(schema, List.of(numericOnNominal), Aggregation.MEAN))
        .hasMessageContaining("numeric split on column 'colour'");
    assertThatThrownBy(() -> new TreeEnsemble(schema, List.of(threeOutputs), Aggregation.MEAN))
        .hasMessageContaining("3 values but the model has 2 outputs");
    assertThatThrownBy(
            () -> Node.split(Split.lessThan(0, 0), List.of(Node.leaf(1)), new double[] {1}))
        .hasMessageContaining("2 branches");
  }
}
