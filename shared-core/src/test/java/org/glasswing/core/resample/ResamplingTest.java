package org.glasswing.core.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResamplingTest {

  private static void assertPartition(FoldPlan plan, int n) {
    int[] seen = new int[n];
    for (int f = 0; f < plan.folds(); f++) {
      int[] test = plan.testRows(f);
      int[] train = plan.trainRows(f);
      assertThat(test.length + train.length).isEqualTo(n);
      assertThat(IntStream.concat(Arrays.stream(test), Arrays.stream(train)).sorted().toArray())
          .containsExactly(IntStream.range(0, n).toArray());
      for (int r : test) {
        seen[r]++;
        assertThat(plan.foldOf(r)).isEqualTo(f);
      }
    }
    assertThat(seen).containsOnly(1);
  }

  @Test
  void kFoldTestsEveryRowExactlyOnceWithSizesWithinOne() {
    FoldPlan plan = Resampling.kFold(23, 5, 3);
    assertThat(plan.folds()).isEqualTo(5);
    assertThat(plan.rows()).isEqualTo(23);
    assertPartition(plan, 23);
    // 23 = 4 * 5 + 3: the first three folds hold one row more
    assertThat(IntStream.range(0, 5).map(f -> plan.testRows(f).length).toArray())
        .containsExactly(5, 5, 5, 4, 4);
  }

  @Test
  void stratifiedFoldsKeepEachClassWithinOneRowPerFold() {
    int[] classes = new int[40];
    for (int r = 0; r < classes.length; r++) {
      classes[r] = r < 7 ? 2 : r < 20 ? 0 : r < 38 ? 1 : -1; // 7, 13, 18 and 2 missing
    }
    for (int k : new int[] {2, 3, 4, 7}) {
      FoldPlan plan = Resampling.stratifiedKFold(classes, k, 11);
      assertPartition(plan, classes.length);
      for (int c = -1; c <= 2; c++) {
        int cls = c;
        int[] counts = new int[k];
        for (int f = 0; f < k; f++) {
          counts[f] = (int) Arrays.stream(plan.testRows(f)).filter(r -> classes[r] == cls).count();
        }
        int min = Arrays.stream(counts).min().orElseThrow();
        int max = Arrays.stream(counts).max().orElseThrow();
        assertThat(max - min).as("class %d over %d folds", c, k).isLessThanOrEqualTo(1);
      }
      int[] sizes = IntStream.range(0, k).map(f -> plan.testRows(f).length).toArray();
      assertThat(
              Arrays.stream(sizes).max().orElseThrow() - Arrays.stream(sizes).min().orElseThrow())
          .isLessThanOrEqualTo(1);
    }
  }

  @Test
  void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
    assertThat(Resampling.kFold(50, 4, 7).testRows())
        .isDeepEqualTo(Resampling.kFold(50, 4, 7).testRows());
    assertThat(
            Arrays.deepEquals(
                Resampling.kFold(50, 4, 7).testRows(), Resampling.kFold(50, 4, 8).testRows()))
        .isFalse();
    int[] classes = IntStream.range(0, 50).map(r -> r % 3).toArray();
    assertThat(Resampling.stratifiedKFold(classes, 4, 7).testRows())
        .isDeepEqualTo(Resampling.stratifiedKFold(classes, 4, 7).testRows());
    assertThat(
            Arrays.deepEquals(
                Resampling.stratifiedKFold(classes, 4, 7).testRows(),
                Resampling.stratifiedKFold(classes, 4, 8).testRows()))
        .isFalse();
    assertThat(Resampling.holdout(50, 0.3, 7).heldOutRows())
        .containsExactly(Resampling.holdout(50, 0.3, 7).heldOutRows());
    assertThat(Resampling.holdout(50, 0.3, 8).heldOutRows())
        .isNotEqualTo(Resampling.holdout(50, 0.3, 7).heldOutRows());
  }

  @Test
  void holdoutHoldsOutTheRoundedShareAndTrainsOnTheRest() {
    Holdout split = Resampling.holdout(21, 0.3, 5);
    assertThat(split.heldOutRows()).hasSize(6).isSorted();
    assertThat(split.trainRows()).hasSize(15).isSorted();
    assertThat(
            IntStream.concat(Arrays.stream(split.heldOutRows()), Arrays.stream(split.trainRows()))
                .sorted()
                .toArray())
        .containsExactly(IntStream.range(0, 21).toArray());
    assertThat(Resampling.heldOutSize(21, 0.3)).isEqualTo(6);
    assertThatThrownBy(() -> Resampling.holdout(3, 0.1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves a part empty");
    assertThatThrownBy(() -> Resampling.holdout(10, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between 0 and 1");
  }

  @Test
  void bootstrapDrawsAreReproducibleWithReplacementAndIndependentPerDraw() {
    int[] first = Resampling.bootstrap(30, 9, 0);
    assertThat(first).hasSize(30).isSorted().containsExactly(Resampling.bootstrap(30, 9, 0));
    assertThat(Arrays.stream(first).allMatch(r -> r >= 0 && r < 30)).isTrue();
    assertThat(Arrays.stream(first).distinct().count()).isLessThan(30); // repeats, almost surely
    assertThat(Resampling.bootstrap(30, 9, 1)).isNotEqualTo(first);
    assertThat(Resampling.bootstrap(30, 10, 0)).isNotEqualTo(first);
  }

  @Test
  void subsamplesAreDistinctRowsOfTheGivenSize() {
    int[] drawn = Resampling.subsample(30, 12, 4, 2);
    assertThat(drawn).hasSize(12).isSorted().doesNotHaveDuplicates();
    assertThat(drawn).containsExactly(Resampling.subsample(30, 12, 4, 2));
    assertThat(Resampling.subsample(30, 12, 4, 3)).isNotEqualTo(drawn);
    assertThatThrownBy(() -> Resampling.subsample(5, 6, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesFoldCountsOutOfRangeAndBadPlans() {
    assertThatThrownBy(() -> Resampling.kFold(5, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 2 to 5 folds");
    assertThatThrownBy(() -> Resampling.stratifiedKFold(new int[3], 4, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FoldPlan.ofTestRows(new int[][] {{0, 1}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeated");
    FoldPlan plan = FoldPlan.ofTestRows(new int[][] {{2, 0}, {1}});
    assertThat(plan.testRows(0)).containsExactly(0, 2);
    assertThat(plan.trainRows(0)).containsExactly(1);
  }
}
