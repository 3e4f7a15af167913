package org.glasswing.core.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class MmdCriticTest {

  private static final Schema SCHEMA = Data.numericClassification(2, "a", "b");

  /** 60 rows around (0, 0) labelled a, 40 around (10, 10) labelled b, and one outlier of a. */
  private static Dataset twoClusters() {
    SplittableRandom random = new SplittableRandom(7);
    double[][] rows = new double[101][];
    for (int r = 0; r < 100; r++) {
      double centre = r < 60 ? 0 : 10;
      rows[r] =
          new double[] {
            centre + random.nextGaussian() * 0.5,
            centre + random.nextGaussian() * 0.5,
            r < 60 ? 0 : 1
          };
    }
    rows[100] = new double[] {0, 10, 0};
    return new Dataset(SCHEMA, rows);
  }

  @Test
  void twoPrototypesOfTwoSeparatedClustersFallOneInEach() {
    Dataset data = twoClusters();
    PrototypeSet set =
        new MmdCritic(RowDistance.gower(data), 2, 1, Double.NaN, 1)
            .global(data, ProgressListener.NONE, CancellationToken.NONE);

    assertThat(set.prototypes()).hasSize(2);
    int first = set.prototypes().get(0);
    int second = set.prototypes().get(1);
    assertThat(List.of(first < 60, second < 60)).containsExactlyInAnyOrder(true, false);
    assertThat(first).isLessThan(100);
    assertThat(second).isLessThan(100);
  }

  @Test
  void theCriticismFallsInTheClusterThePrototypesMiss() {
    // 40 rows around (0, 0), 40 around (10, 10), 25 around (0, 10); two prototypes cover the big
    // clusters, so the small one is where the data is denser than the prototypes say.
    SplittableRandom random = new SplittableRandom(3);
    double[][] rows = new double[105][];
    for (int r = 0; r < 105; r++) {
      double x = r < 40 ? 0 : r < 80 ? 10 : 0;
      double y = r < 40 ? 0 : 10;
      rows[r] = new double[] {x + random.nextGaussian() * 0.3, y + random.nextGaussian() * 0.3, 0};
    }
    Dataset data = new Dataset(SCHEMA, rows);
    PrototypeSet set =
        new MmdCritic(RowDistance.gower(data), 2, 2, 0.1, 1)
            .global(data, ProgressListener.NONE, CancellationToken.NONE);

    assertThat(set.prototypes()).allMatch(r -> r < 80);
    assertThat(set.criticisms().get(0)).isGreaterThanOrEqualTo(80);
    assertThat(set.witness().get(0)).isPositive();
    assertThat(set.witness()).hasSize(2);
  }

  @Test
  void moreProtoypesLowerTheMmd() {
    Dataset data = twoClusters();
    RowDistance distance = RowDistance.gower(data);
    double one =
        new MmdCritic(distance, 1, 0, 0.2, 1)
            .global(data, ProgressListener.NONE, CancellationToken.NONE)
            .mmd2();
    double two =
        new MmdCritic(distance, 2, 0, 0.2, 1)
            .global(data, ProgressListener.NONE, CancellationToken.NONE)
            .mmd2();
    double ten =
        new MmdCritic(distance, 10, 0, 0.2, 1)
            .global(data, ProgressListener.NONE, CancellationToken.NONE)
            .mmd2();
    assertThat(two).isLessThan(one / 2);
    assertThat(ten).isLessThan(two);
    assertThat(ten).isGreaterThanOrEqualTo(0);
  }

  @Test
  void perClassPrototypesStayInTheirClass() {
    Dataset data = twoClusters();
    List<PrototypeSet> sets =
        new MmdCritic(RowDistance.gower(data), 3, 1, Double.NaN, 1)
            .perClass(data, ProgressListener.NONE, CancellationToken.NONE);

    assertThat(sets).extracting(PrototypeSet::group).containsExactly(0, 1);
    assertThat(sets.get(0).size()).isEqualTo(61);
    for (PrototypeSet set : sets) {
      for (int row : set.prototypes()) {
        assertThat(data.value(row, 2)).isEqualTo(set.group());
      }
    }
    assertThat(sets.get(0).criticisms()).hasSize(1);
  }

  @Test
  void refusesMoreExamplesThanRows() {
    Dataset data = twoClusters();
    assertThatThrownBy(
            () ->
                new MmdCritic(RowDistance.gower(data), 100, 5, Double.NaN, 1)
                    .global(data, ProgressListener.NONE, CancellationToken.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only 101 rows");
    assertThatThrownBy(() -> new MmdCritic(RowDistance.gower(data), 0, 0, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
