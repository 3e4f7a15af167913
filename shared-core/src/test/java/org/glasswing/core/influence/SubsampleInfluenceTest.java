package org.glasswing.core.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.resample.ModelTrainer;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class SubsampleInfluenceTest {

  private static final Schema SCHEMA = Data.numericClassification(1, "A", "B");

  /**
   * Ten class-A rows at 0.0..0.9, ten class-B rows at 3.0..3.9, then the given extra class-B rows:
   * a 1-nearest-neighbour classifier (probability 0.95 for the nearest row's class) decides a row
   * at 1.4 by the extra rows whenever one of them is in the subset.
   */
  private static double[][] training(double... extraB) {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(new double[] {i / 10.0, 0});
    }
    for (int i = 0; i < 10; i++) {
      rows.add(new double[] {3 + i / 10.0, 1});
    }
    for (double x : extraB) {
      rows.add(new double[] {x, 1});
    }
    return rows.toArray(double[][]::new);
  }

  private static ModelTrainer nearestNeighbour(double[][] training) {
    return set -> {
      boolean[] included = new boolean[training.length];
      for (int row : set.rows()) {
        included[row] = true;
      }
      return new FunctionModel(
          SCHEMA,
          SCHEMA.target().labels(),
          row -> {
            int best = -1;
            for (int i = 0; i < training.length; i++) {
              if (included[i]
                  && (best < 0
                      || Math.abs(training[i][0] - row[0])
                          < Math.abs(training[best][0] - row[0]))) {
                best = i;
              }
            }
            return training[best][1] == 0 ? new double[] {0.95, 0.05} : new double[] {0.05, 0.95};
          });
    };
  }

  private static EvaluationEngine engine(
      int threads, ProgressListener progress, CancellationToken cancel) {
    return new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
  }

  private static SubsampleEstimate estimate(
      double[][] training, int label, int subsamples, double fraction, long seed, int threads) {
    return new SubsampleInfluence(subsamples, fraction, seed)
        .estimate(
            training.length,
            nearestNeighbour(training),
            new double[][] {{1.4, Double.NaN}},
            new int[] {label},
            engine(threads, ProgressListener.NONE, CancellationToken.NONE));
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  @Test
  void aDecisiveOutlierIsTheMostHelpfulRowByFar() {
    double[][] training = training(1.5);
    SubsampleEstimate estimate = estimate(training, 1, 50, 0.5, 1, 1);
    double[] change = estimate.lossChangeIfRemoved(0);
    double[] error = estimate.standardError(0);
    assertThat(argMax(change)).isEqualTo(20);
    // without it the row is called A (loss -log 0.05 = 3.0), with it B (loss 0.05)
    assertThat(change[20]).isGreaterThan(2.5);
    for (int i = 0; i < 20; i++) {
      // the other rows change nothing: their estimates are noise, within 4 standard errors of 0
      // and less than half the outlier's
      assertThat(Math.abs(change[i])).as("row %d", i).isLessThan(4 * error[i]);
      assertThat(change[i]).as("row %d", i).isLessThan(0.5 * change[20]);
    }
  }

  @Test
  void theSameOutlierIsTheMostHarmfulWhenTheRowIsRecordedAsTheOtherClass() {
    double[] change = estimate(training(1.5), 0, 50, 0.5, 1, 1).lossChangeIfRemoved(0);
    int worst = 0;
    for (int i = 1; i < change.length; i++) {
      worst = change[i] < change[worst] ? i : worst;
    }
    assertThat(worst).isEqualTo(20);
    assertThat(change[20]).isLessThan(-2.5);
  }

  @Test
  void aDuplicatedOutlierSharesItsInfluenceWithItsCopy() {
    double single = estimate(training(1.5), 1, 200, 0.5, 3, 1).lossChangeIfRemoved(0)[20];
    double[] change = estimate(training(1.5, 1.5), 1, 200, 0.5, 3, 1).lossChangeIfRemoved(0);
    double[] sorted = change.clone();
    Arrays.sort(sorted);
    // the copies are the top two, each matters only when the other is absent (about half the time)
    assertThat(Math.min(change[20], change[21])).isEqualTo(sorted[sorted.length - 2]);
    assertThat(change[20]).isBetween(0.3 * single, 0.7 * single);
    assertThat(change[21]).isBetween(0.3 * single, 0.7 * single);
  }

  @Test
  void aRowThatAddsAFixedLossGetsExactlyMinusThatLossWithNoError() {
    int n = 12;
    Schema schema = Data.numericClassification(1, "A", "B");
    ModelTrainer additive =
        set -> {
          double loss = 0.1 + (Arrays.stream(set.rows()).anyMatch(r -> r == 4) ? 1 : 0);
          double p = Math.exp(-loss);
          return new FunctionModel(
              schema, schema.target().labels(), row -> new double[] {1 - p, p});
        };
    SubsampleEstimate estimate =
        new SubsampleInfluence(40, 0.5, 9)
            .estimate(
                n,
                additive,
                new double[][] {{0, 1}},
                new int[] {1},
                engine(1, ProgressListener.NONE, CancellationToken.NONE));
    assertThat(estimate.lossChangeIfRemoved(0)[4]).isCloseTo(-1, within(1e-12));
    assertThat(estimate.standardError(0)[4]).isCloseTo(0, within(1e-12));
    // every other row is in either group with the same share of the two losses, give or take
    double[] error = estimate.standardError(0);
    for (int i = 0; i < n; i++) {
      if (i != 4) {
        assertThat(error[i]).isGreaterThan(0);
      }
    }
  }

  @Test
  void subsetsHaveTheRoundedSizeAndDependOnTheSeedOnly() {
    SubsampleInfluence influence = new SubsampleInfluence(20, 0.3, 5);
    boolean[][] subsets = influence.subsets(21);
    assertThat(influence.subsetSize(21)).isEqualTo(6);
    for (boolean[] subset : subsets) {
      int count = 0;
      for (boolean b : subset) {
        count += b ? 1 : 0;
      }
      assertThat(count).isEqualTo(6);
    }
    assertThat(new SubsampleInfluence(20, 0.3, 5).subsets(21)).isDeepEqualTo(subsets);
    assertThat(Arrays.deepEquals(new SubsampleInfluence(20, 0.3, 6).subsets(21), subsets))
        .isFalse();
    assertThat(new SubsampleInfluence(20, 0.01, 5).subsetSize(21)).isEqualTo(1);
    assertThat(new SubsampleInfluence(20, 0.99, 5).subsetSize(21)).isEqualTo(20);
  }

  @Test
  void theSameSeedGivesTheSameEstimateWhateverTheThreads() {
    double[][] training = training(1.5);
    SubsampleEstimate one = estimate(training, 1, 30, 0.5, 11, 1);
    SubsampleEstimate three = estimate(training, 1, 30, 0.5, 11, 3);
    assertThat(three.lossChangeIfRemoved(0)).containsExactly(one.lossChangeIfRemoved(0));
    assertThat(three.standardError(0)).containsExactly(one.standardError(0));
    assertThat(estimate(training, 1, 30, 0.5, 12, 1).lossChangeIfRemoved(0))
        .isNotEqualTo(one.lossChangeIfRemoved(0));
  }

  @Test
  void rowsInEverySubsetOrInNoneHaveNoEstimate() {
    double[][] training = training(1.5);
    // 19 of 21 rows per subset: a row is in all 10 with probability (19/21)^10, about 0.37
    SubsampleEstimate estimate = estimate(training, 1, 10, 0.9, 4, 1);
    int[] undetermined = estimate.undetermined();
    assertThat(undetermined).isNotEmpty();
    double[] change = estimate.lossChangeIfRemoved(0);
    for (int i = 0; i < change.length; i++) {
      boolean none = estimate.timesIncluded(i) == 0 || estimate.timesIncluded(i) == 10;
      assertThat(Double.isNaN(change[i])).as("row %d", i).isEqualTo(none);
      int row = i;
      assertThat(Arrays.stream(undetermined).anyMatch(u -> u == row)).isEqualTo(none);
    }
  }

  @Test
  void reportsProgressAndStopsWhenCancelled() {
    double[][] training = training(1.5);
    List<Double> fractions = new ArrayList<>();
    new SubsampleInfluence(10, 0.5, 1)
        .estimate(
            training.length,
            nearestNeighbour(training),
            new double[][] {{1.4, 0}},
            new int[] {1},
            engine(1, (f, m) -> fractions.add(f), CancellationToken.NONE));
    assertThat(fractions).hasSize(10).endsWith(1.0).isSorted();

    AtomicInteger trained = new AtomicInteger();
    ModelTrainer counting =
        set -> {
          trained.incrementAndGet();
          return nearestNeighbour(training).train(set);
        };
    assertThatThrownBy(
            () ->
                new SubsampleInfluence(10, 0.5, 1)
                    .estimate(
                        training.length,
                        counting,
                        new double[][] {{1.4, 0}},
                        new int[] {1},
                        engine(2, ProgressListener.NONE, () -> trained.get() >= 3)))
        .isInstanceOf(CancelledException.class);
    assertThat(trained.get()).isLessThan(10);
  }

  @Test
  void refusesBadSettingsAndRows() {
    assertThatThrownBy(() -> new SubsampleInfluence(9, 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 10");
    for (double fraction : new double[] {0, 1, -0.2, 1.5, Double.NaN}) {
      assertThatThrownBy(() -> new SubsampleInfluence(10, fraction, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("strictly between 0 and 1");
    }
    SubsampleInfluence influence = new SubsampleInfluence(10, 0.5, 1);
    assertThatThrownBy(() -> influence.subsets(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 training rows");
    double[][] training = training(1.5);
    ModelTrainer trainer = nearestNeighbour(training);
    assertThatThrownBy(
            () ->
                influence.estimate(
                    21,
                    trainer,
                    new double[][] {{1.4, 0}},
                    new int[] {2},
                    engine(1, ProgressListener.NONE, CancellationToken.NONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
    assertThatThrownBy(
            () ->
                influence.estimate(
                    21,
                    trainer,
                    new double[][] {{1.4, 0}},
                    new int[] {0, 1},
                    engine(1, ProgressListener.NONE, CancellationToken.NONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one label per row");
  }
}
