package org.glasswing.core.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.junit.jupiter.api.Test;

class BootstrapIntervalTest {

  @Test
  void theNormalDistributionFunctionMatchesTables() {
    assertThat(BootstrapInterval.normalCdf(0)).isCloseTo(0.5, within(1e-7));
    assertThat(BootstrapInterval.normalCdf(1.959963985)).isCloseTo(0.975, within(1e-7));
    assertThat(BootstrapInterval.normalCdf(-1)).isCloseTo(0.158655254, within(1e-7));
  }

  @Test
  void drawsCentredOnTheValueGiveThePercentileInterval() {
    double[] draws = new double[1001];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = i / 1000.0; // uniform on [0, 1], median 0.5
    }
    Estimate e = BootstrapInterval.of(0.5, draws, 0.9);
    assertThat(e.lower()).isCloseTo(0.05, within(1e-6));
    assertThat(e.upper()).isCloseTo(0.95, within(1e-6));
  }

  @Test
  void drawsAboveTheValueShiftTheIntervalDown() {
    double[] draws = new double[1001];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = i / 1000.0;
    }
    Estimate centred = BootstrapInterval.of(0.5, draws, 0.9);
    Estimate biased = BootstrapInterval.of(0.3, draws, 0.9);
    assertThat(biased.lower()).isLessThan(centred.lower());
    assertThat(biased.upper()).isLessThan(centred.upper());
  }

  /** Over many samples, the 90 % interval of a selection rate holds the true rate about 90 %. */
  @Test
  void selectionRateIntervalsCoverTheTrueRate() {
    SplittableRandom random = new SplittableRandom(5);
    int trials = 120;
    int covered = 0;
    for (int t = 0; t < trials; t++) {
      int n = 200;
      double[][] p = new double[n][];
      int[] y = new int[n];
      int[] g = new int[n];
      for (int i = 0; i < n; i++) {
        g[i] = i % 2;
        double rate = g[i] == 0 ? 0.3 : 0.6;
        boolean yes = random.nextDouble() < rate;
        p[i] = yes ? new double[] {0.8, 0.2} : new double[] {0.2, 0.8};
        y[i] = random.nextBoolean() ? 0 : 1;
      }
      FairnessResult r =
          new FairnessAudit(
                  new ClassPredictions(List.of("yes", "no"), p, y),
                  null,
                  0.1,
                  new FairnessAudit.Settings(0, 5, 300, 0.9, t))
              .audit(ProtectedGroups.of("g", List.of("A", "B"), g), CancellationToken.NONE);
      Estimate sr = r.estimate(GroupMetric.SELECTION_RATE, "A").orElseThrow().estimate();
      covered += sr.lower() <= 0.3 && 0.3 <= sr.upper() ? 1 : 0;
    }
    // binomial(120, 0.9): 0.9 +- 2.7 standard errors is about 0.83 to 0.97
    assertThat(covered / (double) trials).isBetween(0.82, 0.97);
  }
}
