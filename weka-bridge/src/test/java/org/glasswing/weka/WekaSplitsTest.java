package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.resample.TrainingSet;
import org.junit.jupiter.api.Test;
import weka.core.Instances;

class WekaSplitsTest {

  private final Instances iris = TestData.iris();

  @Test
  void foldsAreTheCoresStratifiedPlanForANominalClass() {
    FoldPlan plan = WekaSplits.folds(iris, 4, 3);
    int[] classes = new int[iris.numInstances()];
    Arrays.setAll(classes, r -> (int) iris.instance(r).classValue());
    assertThat(plan.testRows()).isDeepEqualTo(Resampling.stratifiedKFold(classes, 4, 3).testRows());
    for (int f = 0; f < 4; f++) {
      Instances[] parts = WekaSplits.fold(iris, plan, f);
      assertThat(parts[0].numInstances() + parts[1].numInstances()).isEqualTo(150);
      // 50 rows of each class over 4 folds: 12 or 13 per fold
      int[] counts = new int[3];
      for (int t = 0; t < parts[1].numInstances(); t++) {
        counts[(int) parts[1].instance(t).classValue()]++;
      }
      assertThat(Arrays.stream(counts).allMatch(c -> c == 12 || c == 13)).isTrue();
      assertThat(parts[1].instance(0).toString())
          .isEqualTo(iris.instance(plan.testRows(f)[0]).toString());
    }
  }

  @Test
  void holdoutPartsFollowTheSplitInInputOrder() {
    Instances[] parts = WekaSplits.holdout(iris, Resampling.holdout(150, 0.2, 5));
    assertThat(parts[0].numInstances()).isEqualTo(120);
    assertThat(parts[1].numInstances()).isEqualTo(30);
    int[] held = Resampling.holdout(150, 0.2, 5).heldOutRows();
    for (int t = 0; t < held.length; t++) {
      assertThat(parts[1].instance(t).toString()).isEqualTo(iris.instance(held[t]).toString());
    }
  }

  @Test
  void trainingDataTakesTheRowsAndLabelsWithoutChangingTheSource() {
    Instances rows = WekaSplits.trainingData(iris, TrainingSet.of(0, new int[] {5, 5, 140}));
    assertThat(rows.numInstances()).isEqualTo(3);
    assertThat(rows.instance(1).toString()).isEqualTo(iris.instance(5).toString());
    double[] labels = new double[150];
    Arrays.fill(labels, 2);
    Instances relabelled = WekaSplits.trainingData(iris, TrainingSet.relabelled(1, labels));
    assertThat(relabelled.numInstances()).isEqualTo(150);
    assertThat(relabelled.instance(0).classValue()).isEqualTo(2);
    assertThat(iris.instance(0).classValue()).isEqualTo(0);
    assertThatThrownBy(() -> WekaSplits.trainingData(iris, TrainingSet.of(0, new int[] {150})))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void splitKeepsTheHeldRowsInTheOrderGiven() {
    Instances[] parts = WekaSplits.split(iris, new int[] {9, 2});
    assertThat(parts[0].numInstances()).isEqualTo(148);
    assertThat(parts[1].instance(0).toString()).isEqualTo(iris.instance(9).toString());
    assertThat(parts[1].instance(1).toString()).isEqualTo(iris.instance(2).toString());
  }
}
