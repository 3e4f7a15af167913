package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProportionIntervalTest {

  @Test
  void matchesTheClosedFormForTheUsualLevel() {
    // p = 0.76, n = 1000, z = 1.959964: centre and half-width of Wilson's formula by hand.
    ProportionInterval interval = ProportionInterval.wilson(760, 1000, 0.95);
    double z = 1.959963985;
    double n = 1000;
    double p = 0.76;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    assertThat(interval.lower()).isCloseTo(centre - half, within(1e-8));
    assertThat(interval.upper()).isCloseTo(centre + half, within(1e-8));
    assertThat(interval.estimate()).isEqualTo(0.76);
  }

  @Test
  void knowsTheNormalQuantiles() {
    assertThat(ProportionInterval.normalQuantile(0.975)).isCloseTo(1.959963985, within(1e-8));
    assertThat(ProportionInterval.normalQuantile(0.5)).isCloseTo(0, within(1e-12));
    assertThat(ProportionInterval.normalQuantile(0.01)).isCloseTo(-2.326347874, within(1e-8));
  }

  @Property
  void holdsTheEstimateAndStaysInsideZeroAndOne(
      @ForAll @IntRange(min = 1, max = 5000) int trials, @ForAll @IntRange(min = 0) int seed) {
    int successes = Math.floorMod(seed, trials + 1);
    ProportionInterval interval = ProportionInterval.wilson(successes, trials, 0.95);
    assertThat(interval.lower()).isBetween(0.0, interval.estimate() + 1e-12);
    assertThat(interval.upper()).isBetween(interval.estimate() - 1e-12, 1.0);
    ProportionInterval wider = ProportionInterval.wilson(successes, trials, 0.99);
    assertThat(wider.lower()).isLessThanOrEqualTo(interval.lower() + 1e-12);
    assertThat(wider.upper()).isGreaterThanOrEqualTo(interval.upper() - 1e-12);
  }

  @Test
  void narrowsWithMoreRows() {
    ProportionInterval few = ProportionInterval.wilson(76, 100, 0.95);
    ProportionInterval many = ProportionInterval.wilson(760, 1000, 0.95);
    assertThat(many.upper() - many.lower()).isLessThan(few.upper() - few.lower());
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> ProportionInterval.wilson(5, 3, 0.95))
        .hasMessageContaining("0 <= successes <= trials");
    assertThatThrownBy(() -> ProportionInterval.wilson(1, 3, 1.5))
        .hasMessageContaining("between 0 and 1");
  }
}
