package org.glasswing.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.tree.DecisionTree.Node;
import org.junit.jupiter.api.Test;

class ReadableTreeTest {

  static final Schema SCHEMA =
      new Schema(
          List.of(
              Feature.numeric("age"),
              Feature.nominal("colour", List.of("red", "green", "<blue>")),
              Feature.nominal("class", List.of("good", "bad"))),
          2);

  /** age <= 30.5 ? good : (colour: red -> bad, green -> good, blue -> bad); nodes in pre-order. */
  static DecisionTree tree() {
    Node colour =
        Node.split(
            Split.nominal(1, 3),
            List.of(Node.leaf(0.1, 0.9), Node.leaf(0.6, 0.4), Node.leaf(0.3, 0.7)),
            new double[] {1, 1, 1});
    return new DecisionTree(
        Node.split(
            Split.lessOrEqual(0, 30.5), List.of(Node.leaf(0.8, 0.2), colour), new double[] {2, 3}));
  }

  static final double[][] ROWS = {
    {20, 0, 0}, {25, 2, 1}, {40, 0, 1}, {50, 1, 0}, {60, 2, 0}, {Double.NaN, 1, 0}
  };

  static ReadableTree readable() {
    double[] labels = new double[ROWS.length];
    for (int r = 0; r < ROWS.length; r++) {
      labels[r] = ROWS[r][2];
    }
    return ReadableTree.of(tree(), SCHEMA, List.of("good", "bad"), ROWS, labels);
  }

  @Test
  void countsRowsAtEachNodeSplittingAMissingValueByTheBranchWeights() {
    ReadableTree readable = readable();

    // the row with a missing age goes 2/5 left and 3/5 right, where its colour is green
    assertThat(readable.reached(0)).isEqualTo(6);
    assertThat(readable.reached(1)).isCloseTo(2.4, within(1e-12));
    assertThat(readable.reached(2)).isCloseTo(3.6, within(1e-12));
    assertThat(readable.reached(3)).isEqualTo(1);
    assertThat(readable.reached(4)).isCloseTo(1.6, within(1e-12));
    assertThat(readable.reached(5)).isEqualTo(1);
    assertThat(readable.agreeing(1)).isCloseTo(1.4, within(1e-12));
    assertThat(readable.agreeing(3)).isEqualTo(1);
    assertThat(readable.agreeing(4)).isCloseTo(1.6, within(1e-12));
    assertThat(readable.agreeing(5)).isZero();
    assertThat(readable.predictedClass(5)).isEqualTo(1);
    assertThat(readable.isClassification()).isTrue();
  }

  @Test
  void namesConditionsInWordsForEveryKindOfSplit() {
    ReadableTree readable = readable();
    assertThat(readable.columnName(0)).isEqualTo("age");
    assertThat(readable.condition(0, 0)).isEqualTo("≤ 30.5");
    assertThat(readable.condition(0, 1)).isEqualTo("> 30.5");
    assertThat(readable.condition(2, 2)).isEqualTo("= <blue>");

    DecisionTree other =
        new DecisionTree(
            Node.split(
                Split.lessThan(0, 0.1 + 0.2),
                List.of(
                    Node.leaf(1.0),
                    Node.split(
                        Split.nominalBinary(1, 1),
                        List.of(Node.leaf(2.0), Node.leaf(3.0)),
                        new double[] {1, 1})),
                new double[] {1, 1}));
    ReadableTree numeric = ReadableTree.of(other, SCHEMA, List.of("y"), new double[0][], null);
    assertThat(numeric.condition(0, 0)).isEqualTo("< 0.3");
    assertThat(numeric.condition(0, 1)).isEqualTo("≥ 0.3");
    assertThat(numeric.condition(2, 0)).isEqualTo("= green");
    assertThat(numeric.condition(2, 1)).isEqualTo("≠ green");
    assertThat(numeric.isClassification()).isFalse();
    assertThat(numeric.agreeing(1)).isNaN();
  }

  @Test
  void refusesNamesOrLabelsThatDoNotMatch() {
    assertThatThrownBy(() -> ReadableTree.of(tree(), SCHEMA, List.of("good"), ROWS, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 outputs but 1 output names");
    assertThatThrownBy(
            () -> ReadableTree.of(tree(), SCHEMA, List.of("good", "bad"), ROWS, new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 rows but 2 reference labels");
  }
}
