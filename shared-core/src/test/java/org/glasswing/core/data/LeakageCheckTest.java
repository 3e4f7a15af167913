package org.glasswing.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class LeakageCheckTest {

  /** x0 decides the class through a threshold (a copy of the outcome); x1 is noise. */
  private static Dataset data(double flipShare, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[400][];
    for (int r = 0; r < rows.length; r++) {
      double x0 = random.nextDouble(-3, 3);
      double x1 = random.nextDouble(-3, 3);
      double label = x0 > 0.5 ? 1 : 0;
      if (random.nextDouble() < flipShare) {
        label = 1 - label;
      }
      rows[r] = new double[] {x0, x1, label};
    }
    return new Dataset(Data.numericClassification(2, "no", "yes"), rows);
  }

  @Test
  void aThresholdCopyOfTheClassIsNamedAndNoiseIsNot() {
    List<LeakageCheck.Suspect> suspects = LeakageCheck.suspects(data(0, 3));
    assertThat(suspects).singleElement().satisfies(s -> assertThat(s.column()).isZero());
    assertThat(suspects.get(0).accuracy()).isEqualTo(1.0);
  }

  @Test
  void aMerelyStrongFeatureIsNotFlagged() {
    // 10% of the labels flipped: x0 alone is right about 90% of the time, below the threshold.
    assertThat(LeakageCheck.suspects(data(0.1, 4))).isEmpty();
  }
}
