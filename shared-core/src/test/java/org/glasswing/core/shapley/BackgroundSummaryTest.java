package org.glasswing.core.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class BackgroundSummaryTest {

  private static final Schema MIXED =
      new Schema(
          List.of(
              Feature.numeric("a"),
              Feature.nominal("colour", List.of("red", "green", "blue")),
              Feature.numeric("b"),
              Feature.nominal("class", List.of("no", "yes"))),
          3);

  /** Four tight clusters far apart, of sizes 30, 20, 15 and 5, in shuffled order. */
  private static Dataset separated(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] centres = {{0, 0, 0}, {10, 1, 0}, {0, 2, 10}, {10, 0, 10}};
    int[] sizes = {30, 20, 15, 5};
    List<double[]> rows = new ArrayList<>();
    for (int c = 0; c < centres.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        rows.add(
            new double[] {
              centres[c][0] + random.nextDouble(-0.5, 0.5),
              centres[c][1],
              centres[c][2] + random.nextDouble(-0.5, 0.5),
              random.nextInt(2)
            });
      }
    }
    for (int i = rows.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      rows.set(j, rows.set(i, rows.get(j)));
    }
    return new Dataset(MIXED, rows.toArray(double[][]::new));
  }

  @Test
  void findsWellSeparatedClustersWithMedoidsThatAreRowsAndSizesThatSumToTheRowCount() {
    for (long seed = 0; seed < 10; seed++) {
      Dataset data = separated(seed);
      BackgroundSummary summary = BackgroundSummary.kMedoids(data, 4, seed);
      int[] sizes = summary.clusterSizes();
      assertThat(Arrays.stream(sizes).sum()).isEqualTo(data.numRows());
      assertThat(Arrays.stream(sizes).sorted().toArray()).containsExactly(5, 15, 20, 30);
      int[] assignment = summary.assignment();
      for (int r = 0; r < data.numRows(); r++) {
        int medoid = summary.medoids()[assignment[r]];
        // Same cluster: same colour and both numeric values within the cluster's spread.
        assertThat(data.value(r, 1)).isEqualTo(data.value(medoid, 1));
        assertThat(Math.abs(data.value(r, 0) - data.value(medoid, 0))).isLessThan(1);
        assertThat(Math.abs(data.value(r, 2) - data.value(medoid, 2))).isLessThan(1);
      }
      Background background = summary.background();
      assertThat(background.size()).isEqualTo(4);
      for (int c = 0; c < 4; c++) {
        assertThat(background.rows().row(c)).containsExactly(data.row(summary.medoids()[c]));
        assertThat(background.weights()[c])
            .isCloseTo((double) sizes[c] / data.numRows(), within(1e-15));
      }
    }
  }

  @Test
  void aMedoidIsTheMostCentralMemberOfItsCluster() {
    Dataset data = separated(3);
    BackgroundSummary summary = BackgroundSummary.kMedoids(data, 4, 1);
    int[] assignment = summary.assignment();
    for (int c = 0; c < 4; c++) {
      double best = Double.POSITIVE_INFINITY;
      for (int candidate = 0; candidate < data.numRows(); candidate++) {
        if (assignment[candidate] == c) {
          best = Math.min(best, cost(data, candidate, assignment, c));
        }
      }
      assertThat(cost(data, summary.medoids()[c], assignment, c)).isCloseTo(best, within(1e-12));
    }
  }

  @Test
  void theSameSeedGivesTheSameSummary() {
    Dataset data = Data.random(MIXED, 200, 9);
    BackgroundSummary first = BackgroundSummary.kMedoids(data, 7, 42);
    BackgroundSummary second = BackgroundSummary.kMedoids(data, 7, 42);
    assertThat(second.medoids()).containsExactly(first.medoids());
    assertThat(second.clusterSizes()).containsExactly(first.clusterSizes());
    assertThat(second.assignment()).containsExactly(first.assignment());
    assertThat(Background.kMedoids(data, 7, 42).weights())
        .containsExactly(first.background().weights());
  }

  @Test
  void mixedTypeDistanceScalesByRangeCountsMismatchesIgnoresTheTargetAndHandlesMissing() {
    double nan = Double.NaN;
    Dataset data =
        new Dataset(
            MIXED,
            new double[][] {
              {0, 0, 0, 0}, {4, 0, 10, 1}, {2, 1, 5, 1}, {nan, 2, nan, 0}, {nan, 2, 0, nan}
            });
    assertThat(BackgroundSummary.distance(data, 0, 1)).isCloseTo((1 + 0 + 1) / 3.0, within(1e-15));
    assertThat(BackgroundSummary.distance(data, 0, 2))
        .isCloseTo((0.5 + 1 + 0.5) / 3.0, within(1e-15));
    assertThat(BackgroundSummary.distance(data, 3, 4)).isCloseTo((0 + 0 + 1) / 3.0, within(1e-15));
    assertThat(BackgroundSummary.distance(data, 2, 2)).isZero();
  }

  @Test
  void clearErrorsAndAClampedK() {
    Dataset data = Data.random(MIXED, 5, 1);
    assertThatThrownBy(() -> BackgroundSummary.kMedoids(data, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1, got 0");
    assertThatThrownBy(() -> Background.kMedoids(data.select(new int[] {0}), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a background summary needs at least 2 rows");
    BackgroundSummary all = BackgroundSummary.kMedoids(data, 50, 1);
    assertThat(all.medoids()).containsExactly(0, 1, 2, 3, 4);
    assertThat(all.clusterSizes()).containsOnly(1);
  }

  @Test
  void duplicateRowsGiveFewerMedoids() {
    double[] row = {1, 1, 1, 0};
    Dataset data = new Dataset(MIXED, new double[][] {row, row, row, {5, 2, 3, 1}});
    BackgroundSummary summary = BackgroundSummary.kMedoids(data, 3, 7);
    assertThat(summary.medoids()).hasSize(2);
    assertThat(Arrays.stream(summary.clusterSizes()).sorted().toArray()).containsExactly(1, 3);
  }

  private static double cost(Dataset data, int candidate, int[] assignment, int cluster) {
    double total = 0;
    for (int r = 0; r < data.numRows(); r++) {
      if (assignment[r] == cluster) {
        total += BackgroundSummary.distance(data, candidate, r);
      }
    }
    return total;
  }
}
