package org.glasswing.core.uncertainty;

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
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The indexed k-NN distance of {@link OutOfDistribution} against a plain scan of every reference
 * row ({@link MixedDistance#nearest}), on random data with ties, duplicates and missing values.
 */
class OutOfDistributionIndexTest {

  private static final CancellationToken NONE = CancellationToken.NONE;

  /** Numeric inputs (some rounded, for ties), one nominal input, a class; some rows repeated. */
  private static Dataset data(int rows, int dims, double missing, long seed) {
    List<Feature> features = new ArrayList<>();
    for (int j = 0; j < dims; j++) {
      features.add(Feature.numeric("x" + j));
    }
    features.add(Feature.nominal("colour", List.of("red", "green", "blue")));
    features.add(Feature.nominal("class", List.of("no", "yes")));
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[rows][];
    for (int r = 0; r < rows; r++) {
      if (r > 0 && random.nextInt(8) == 0) {
        values[r] = values[random.nextInt(r)].clone(); // a duplicate
        continue;
      }
      double[] row = new double[dims + 2];
      for (int j = 0; j < dims; j++) {
        double v = 3 * Synthetic.gaussian(random);
        row[j] = j % 2 == 0 ? Math.rint(v) : v; // even columns on a grid: many equal distances
        if (random.nextDouble() < missing) {
          row[j] = Double.NaN;
        }
      }
      row[dims] = random.nextDouble() < missing ? Double.NaN : random.nextInt(3);
      row[dims + 1] = r % 2;
      values[r] = row;
    }
    return new Dataset(new Schema(features, dims + 1), values);
  }

  private static double bruteForce(
      MixedDistance distance, double[] row, double[][] reference, int k, int skip) {
    return distance.nearest(row, reference, k, skip)[k - 1];
  }

  private static double percentile(double[] sorted, double value) {
    int below = 0;
    for (double s : sorted) {
      below += s < value ? 1 : 0;
    }
    return 100.0 * below / sorted.length;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5, 12, 20})
  void everyDistanceAndPercentileEqualsAFullScan(int dims) {
    for (double missing : new double[] {0, 0.03}) {
      Dataset train = data(700, dims, missing, 11L * dims);
      Dataset probe = data(150, dims, missing, 13L * dims + 1);
      int k = 5;
      OutOfDistribution ood = OutOfDistribution.fit(train, k);
      MixedDistance distance = MixedDistance.fit(train);
      double[][] rows = train.rows();
      double[] own = new double[rows.length];
      for (int r = 0; r < rows.length; r++) {
        own[r] = bruteForce(distance, rows[r], rows, k, r);
        assertThat(ood.trainingScores().get(r).knnDistance())
            .as("training row %d, %d dims, missing %s", r, dims, missing)
            .isCloseTo(own[r], within(1e-12));
      }
      double[] sorted = own.clone();
      Arrays.sort(sorted);
      List<OutOfDistribution.Score> scores = ood.score(probe, NONE);
      for (int r = 0; r < probe.numRows(); r++) {
        double expected = bruteForce(distance, probe.row(r), rows, k, -1);
        assertThat(scores.get(r).knnDistance())
            .as("probe row %d", r)
            .isCloseTo(expected, within(1e-12));
        assertThat(scores.get(r).knnPercentile()).isEqualTo(percentile(sorted, expected));
      }
      assertThat(ood.isSampled()).isFalse();
      assertThat(ood.referenceRows()).isEqualTo(700);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8})
  void aRowRepeatedMoreThanKTimesIsAtDistanceZeroAndKOfOneFindsTheNearest(int k) {
    Dataset train = data(300, 4, 0, 3);
    double[][] rows = train.rows();
    for (int copy = 0; copy <= k; copy++) {
      rows[10 + copy] = rows[5].clone();
    }
    Dataset repeated = new Dataset(train.schema(), rows);
    OutOfDistribution ood = OutOfDistribution.fit(repeated, k);
    MixedDistance distance = MixedDistance.fit(repeated);
    assertThat(ood.trainingScores().get(5).knnDistance()).isZero();
    for (int r = 0; r < rows.length; r++) {
      assertThat(ood.trainingScores().get(r).knnDistance())
          .isCloseTo(bruteForce(distance, rows[r], rows, k, r), within(1e-12));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void aboveTheCapTheReferenceIsASeededSampleScannedExactly(long seed) {
    Dataset train = data(900, 6, 0.02, 21);
    int cap = 250;
    OutOfDistribution a = OutOfDistribution.fit(train, 4, cap, seed, ProgressListener.NONE, NONE);
    OutOfDistribution b = OutOfDistribution.fit(train, 4, cap, seed, ProgressListener.NONE, NONE);
    assertThat(a.trainingScores()).as("same seed, same scores").isEqualTo(b.trainingScores());
    assertThat(a.isSampled()).isTrue();
    assertThat(a.referenceRows()).isEqualTo(cap);

    ReferenceSample sample = ReferenceSample.of(train.rows(), cap, seed);
    MixedDistance distance = MixedDistance.fit(train);
    double[][] rows = train.rows();
    for (int r = 0; r < rows.length; r++) {
      assertThat(a.trainingScores().get(r).knnDistance())
          .as("training row %d", r)
          .isCloseTo(
              bruteForce(distance, rows[r], sample.rows(), 4, sample.positionOf(r)), within(1e-12));
    }
    assertThat(a.trainingScores()).as("all training rows keep a score").hasSize(900);

    OutOfDistribution other =
        OutOfDistribution.fit(train, 4, cap, seed + 100, ProgressListener.NONE, NONE);
    assertThat(other.trainingScores())
        .as("another seed, another sample")
        .isNotEqualTo(a.trainingScores());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 250})
  void kMustLeaveARowOutOfTheReference(int cap) {
    Dataset train = data(300, 3, 0, 4);
    int tooMany = Math.min(300, Math.max(cap, 2));
    assertThatThrownBy(
            () -> OutOfDistribution.fit(train, tooMany, cap, 0, ProgressListener.NONE, NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(cap < 2 ? "reference cap" : "reference rows minus one");
  }
}
