package org.glasswing.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class NearestExamplesTest {

  private static final Schema SCHEMA = Data.numericClassification(2, "low", "high");

  /** Predicts "high" when x0 + x1 > 5. */
  private static final FunctionModel MODEL =
      FunctionModel.softmax(SCHEMA, r -> new double[] {0, 4 * (r[0] + r[1] - 5)});

  private static final Dataset TRAIN =
      new Dataset(
          SCHEMA,
          new double[][] {
            {0, 0, 0}, {1, 0, 0}, {5, 5, 1}, {4, 4, 0}, {0, 1, 1}, {10, 0, 1},
          });

  @Test
  void findsTheExactNearestRowsWithTiesByIndexAndCountsAgreement() {
    NearestExamples finder =
        NearestExamples.of(MODEL, TRAIN, RowDistance.gower(TRAIN), EvaluationEngine.defaults());
    // ranges: x0 10, x1 5. Query (0.5, 0.5): distances
    // row0: (0.05 + 0.1)/2 = 0.075; row1: (0.05+0.1)/2 = 0.075; row4: (0.05+0.1)/2 = 0.075
    // row3: (0.35+0.7)/2 = 0.525; row2: (0.45+0.9)/2 = 0.675; row5: (0.95+0.1)/2 = 0.525
    Neighbourhood near = finder.find(new double[] {0.5, 0.5, Double.NaN}, 4, -1);

    assertThat(near.neighbours()).extracting(Neighbour::index).containsExactly(0, 1, 4, 3);
    assertThat(near.neighbours().get(0).distance()).isCloseTo(0.075, within(1e-12));
    assertThat(near.neighbours().get(3).distance()).isCloseTo(0.525, within(1e-12));
    assertThat(near.predictedClass()).isEqualTo(0);
    // labels 0,0,1,0 -> 3 of 4 agree with "low"; predictions low,low,low,high -> 3 of 4
    assertThat(near.labelAgreement()).isEqualTo(0.75);
    assertThat(near.predictionAgreement()).isEqualTo(0.75);
    assertThat(near.neighbours().get(3).predictedClass()).isEqualTo(1);
    assertThat(near.neighbours().get(3).label()).isEqualTo(0);
  }

  @Test
  void leavesOutTheQueryRowAndCutsKToTheRowsLeft() {
    NearestExamples finder =
        NearestExamples.of(
            MODEL, TRAIN, RowDistance.standardised(TRAIN), EvaluationEngine.defaults());
    Neighbourhood near = finder.find(TRAIN.row(2), 10, 2);

    assertThat(near.neighbours()).hasSize(5).extracting(Neighbour::index).doesNotContain(2);
    assertThat(near.neighbours().get(0).index()).isEqualTo(3);
    List<Double> distances = near.neighbours().stream().map(Neighbour::distance).toList();
    assertThat(distances).isSorted();
  }

  @Test
  void refusesABadK() {
    NearestExamples finder =
        NearestExamples.of(MODEL, TRAIN, RowDistance.gower(TRAIN), EvaluationEngine.defaults());
    assertThatThrownBy(() -> finder.find(TRAIN.row(0), 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void theQueryRowItselfIsNeverListedWhenTheDataHoldsTheReferenceRows() {
    NearestExamples finder =
        NearestExamples.of(MODEL, TRAIN, RowDistance.gower(TRAIN), EvaluationEngine.defaults());
    Dataset copy = new Dataset(SCHEMA, TRAIN.rows());
    for (Dataset data : List.of(TRAIN, copy)) {
      for (int row = 0; row < data.numRows(); row++) {
        Neighbourhood near = finder.findRow(data, row, TRAIN.numRows());
        assertThat(near.neighbours()).hasSize(TRAIN.numRows() - 1);
        assertThat(near.neighbours()).extracting(Neighbour::index).doesNotContain(row);
      }
    }
    // Other data: its row 0 happens to equal reference row 0, which is a neighbour, not itself.
    Dataset other = new Dataset(SCHEMA, new double[][] {{0, 0, 0}, {7, 7, 1}});
    assertThat(finder.holdsReference(other)).isFalse();
    assertThat(finder.findRow(other, 0, 1).neighbours().get(0).index()).isZero();
  }

  @Test
  void anExactDuplicateOfTheQueryIsMarkedAndNoOtherRowIs() {
    Dataset withTwin =
        new Dataset(
            SCHEMA, new double[][] {{0, 0, 0}, {4, 4, 0}, {1, 0, 0}, {4, 4, 1}, {4, 4.001, 0}});
    NearestExamples finder =
        NearestExamples.of(
            MODEL, withTwin, RowDistance.gower(withTwin), EvaluationEngine.defaults());
    Neighbourhood near = finder.findRow(withTwin, 1, 4);

    // Row 3 has the same inputs as row 1 (its label differs): a duplicate at distance 0.
    assertThat(near.neighbours().get(0).index()).isEqualTo(3);
    assertThat(near.neighbours().get(0).distance()).isZero();
    assertThat(near.neighbours().get(0).duplicate()).isTrue();
    assertThat(near.neighbours().subList(1, 4)).noneMatch(Neighbour::duplicate);
  }
}
