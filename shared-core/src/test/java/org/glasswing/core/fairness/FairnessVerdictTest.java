package org.glasswing.core.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.junit.jupiter.api.Test;

/** Calibration findings: real miscalibration is reported, small-group noise is not. */
class FairnessVerdictTest {

  /**
   * Two groups of equal selection; in group B the model is calibrated or, when {@code liar}, says
   * 90 % where it is right half the time.
   */
  private static FairnessResult audit(int rowsB, boolean liar, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int rowsA = 600;
    int n = rowsA + rowsB;
    double[][] p = new double[n][];
    int[] y = new int[n];
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      g[i] = i < rowsA ? 0 : 1;
      double q = 0.55 + 0.4 * random.nextDouble();
      boolean saysYes = random.nextBoolean();
      p[i] = saysYes ? new double[] {q, 1 - q} : new double[] {1 - q, q};
      double truth = liar && g[i] == 1 ? 0.5 : q;
      boolean right = random.nextDouble() < truth;
      y[i] = saysYes == right ? 0 : 1;
    }
    return new FairnessAudit(
            new ClassPredictions(List.of("yes", "no"), p, y),
            null,
            0.1,
            new FairnessAudit.Settings(0, 10, 300, 0.95, seed))
        .audit(ProtectedGroups.of("g", List.of("A", "B"), g), CancellationToken.NONE);
  }

  @Test
  void aGroupWhoseProbabilitiesLieIsReported() {
    FairnessVerdict v = audit(400, true, 1).verdict();
    assertThat(v.findings())
        .anyMatch(s -> s.startsWith("The probabilities are less trustworthy for 'B'"));
  }

  @Test
  void aSmallCalibratedGroupIsNotReportedForItsNoisyCalibrationError() {
    int reported = 0;
    for (long seed = 1; seed <= 10; seed++) {
      FairnessResult r = audit(40, false, seed);
      // the small group's raw error is often far above the large one's, by chance alone
      if (r.verdict().findings().stream().anyMatch(s -> s.contains("less trustworthy"))) {
        reported++;
      }
    }
    assertThat(reported).isLessThanOrEqualTo(1);
  }

  @Test
  void theNoiseFloorShrinksWithGroupSize() {
    FairnessResult small = audit(40, false, 3);
    FairnessResult large = audit(1000, false, 3);
    assertThat(small.calibrationNoise().get(1)).isGreaterThan(large.calibrationNoise().get(1));
  }
}
