package org.glasswing.core.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.junit.jupiter.api.Test;

/** Fairness metrics against confusion tables counted by hand. */
class FairnessAuditTest {

  private static final double[] SAY_YES = {0.7, 0.3};
  private static final double[] SAY_NO = {0.3, 0.7};

  /**
   * Group A (10 rows): 6 actual yes, 5 of them predicted yes; 4 actual no, 1 predicted yes. Group B
   * (10 rows): 5 actual yes, 2 predicted yes; 5 actual no, none predicted yes.
   */
  static Fixture handCounted() {
    return handCounted(1);
  }

  /** The hand-counted tables with every row repeated {@code times} times. */
  static Fixture handCounted(int times) {
    List<double[]> p = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<Integer> g = new ArrayList<>();
    add(p, y, g, 0, 0, SAY_YES, 5 * times);
    add(p, y, g, 0, 0, SAY_NO, times);
    add(p, y, g, 0, 1, SAY_YES, times);
    add(p, y, g, 0, 1, SAY_NO, 3 * times);
    add(p, y, g, 1, 0, SAY_YES, 2 * times);
    add(p, y, g, 1, 0, SAY_NO, 3 * times);
    add(p, y, g, 1, 1, SAY_NO, 5 * times);
    ClassPredictions predictions =
        new ClassPredictions(
            List.of("yes", "no"),
            p.toArray(double[][]::new),
            y.stream().mapToInt(Integer::intValue).toArray());
    ProtectedGroups groups =
        ProtectedGroups.of(
            "group", List.of("A", "B"), g.stream().mapToInt(Integer::intValue).toArray());
    return new Fixture(predictions, groups);
  }

  record Fixture(ClassPredictions predictions, ProtectedGroups groups) {}

  private static void add(
      List<double[]> p,
      List<Integer> y,
      List<Integer> g,
      int group,
      int actual,
      double[] q,
      int n) {
    for (int i = 0; i < n; i++) {
      p.add(q);
      y.add(actual);
      g.add(group);
    }
  }

  private static FairnessResult audit(Fixture f, int replicates) {
    return new FairnessAudit(
            f.predictions(), null, 0.1, new FairnessAudit.Settings(0, 5, replicates, 0.95, 7))
        .audit(f.groups(), CancellationToken.NONE);
  }

  @Test
  void perGroupRatesMatchTheHandCountedConfusionTables() {
    FairnessResult r = audit(handCounted(), 0);
    GroupRates a = r.groups().get(0);
    GroupRates b = r.groups().get(1);
    assertThat(a.rows()).isEqualTo(10);
    assertThat(a.selectionRate()).isCloseTo(0.6, within(1e-12));
    assertThat(a.truePositiveRate()).isCloseTo(5 / 6.0, within(1e-12));
    assertThat(a.falsePositiveRate()).isCloseTo(0.25, within(1e-12));
    assertThat(a.accuracy()).isCloseTo(0.8, within(1e-12));
    assertThat(b.selectionRate()).isCloseTo(0.2, within(1e-12));
    assertThat(b.truePositiveRate()).isCloseTo(0.4, within(1e-12));
    assertThat(b.falsePositiveRate()).isCloseTo(0.0, within(1e-12));
    assertThat(b.accuracy()).isCloseTo(0.7, within(1e-12));
    // every prediction says 70 %: A is right 80 % of the time (ECE 0.1), B 70 % (ECE 0)
    assertThat(a.ece()).isCloseTo(0.1, within(1e-12));
    assertThat(b.ece()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void gapsAreDifferencesAndRatiosOfTheExtremeGroups() {
    FairnessResult r = audit(handCounted(), 0);
    GroupGap dp = r.gap(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow();
    assertThat(dp.highest()).isEqualTo("A");
    assertThat(dp.lowest()).isEqualTo("B");
    assertThat(dp.estimate().value()).isCloseTo(0.4, within(1e-12));
    assertThat(r.gap(GapMetric.DEMOGRAPHIC_PARITY_RATIO).orElseThrow().estimate().value())
        .isCloseTo(1 / 3.0, within(1e-12));
    assertThat(r.gap(GapMetric.EQUAL_OPPORTUNITY_DIFFERENCE).orElseThrow().estimate().value())
        .isCloseTo(5 / 6.0 - 0.4, within(1e-12));
    // max(TPR gap 0.433, FPR gap 0.25)
    assertThat(r.gap(GapMetric.EQUALISED_ODDS_DIFFERENCE).orElseThrow().estimate().value())
        .isCloseTo(5 / 6.0 - 0.4, within(1e-12));
    assertThat(r.gap(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().estimate().lower())
        .isNaN();
  }

  @Test
  void theVerdictNamesTheDisadvantagedGroupAndTheFourFifthsRule() {
    FairnessVerdict v = audit(handCounted(10), 200).verdict();
    assertThat(v.concern()).isTrue();
    assertThat(v.findings().get(0))
        .isEqualTo(
            "'B' is predicted 'yes' 20.0 % of the time against 60.0 % for 'A': a demographic"
                + " parity ratio of 0.333, below the four-fifths rule's 0.8.");
    assertThat(v.findings()).anyMatch(s -> s.startsWith("Among rows that truly are 'yes', 'A'"));
    assertThat(v.findings()).noneMatch(s -> s.contains("only"));
  }

  @Test
  void withTenRowsAGroupGapMayBeChanceAndSaysSo() {
    FairnessVerdict v = audit(handCounted(), 200).verdict();
    assertThat(v.findings()).anyMatch(s -> s.contains("only 10 rows"));
    assertThat(v.findings())
        .filteredOn(s -> s.contains("four-fifths"))
        .allMatch(s -> s.contains("may be chance"));
  }

  @Test
  void intervalsHoldTheEstimateAndAreReproducibleWithASeed() {
    FairnessResult r = audit(handCounted(), 300);
    for (GroupEstimate e : r.table()) {
      if (e.metric() == GroupMetric.CALIBRATION_ERROR) {
        assertThat(e.estimate().lower()).isNaN(); // resampling inflates it: no interval
      } else if (!Double.isNaN(e.estimate().value())) {
        assertThat(e.estimate().lower()).isLessThanOrEqualTo(e.estimate().value() + 1e-12);
        assertThat(e.estimate().upper()).isGreaterThanOrEqualTo(e.estimate().value() - 1e-12);
      }
    }
    assertThat(audit(handCounted(), 300)).isEqualTo(r);
    Estimate dp = r.gap(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().estimate();
    assertThat(dp.upper()).isGreaterThan(dp.lower());
  }

  @Test
  void identicalGroupsShowNoGapAndNoConcern() {
    Fixture f = handCounted();
    int n = f.predictions().size();
    int[] rows = new int[2 * n];
    int[] groupOf = new int[2 * n];
    for (int i = 0; i < 2 * n; i++) {
      rows[i] = i % n;
      groupOf[i] = i < n ? 0 : 1;
    }
    Fixture twins =
        new Fixture(
            f.predictions().select(rows), ProtectedGroups.of("twin", List.of("X", "Y"), groupOf));
    FairnessResult r = audit(twins, 100);
    assertThat(r.gap(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().estimate().value())
        .isZero();
    assertThat(r.gap(GapMetric.DEMOGRAPHIC_PARITY_RATIO).orElseThrow().estimate().value())
        .isEqualTo(1.0);
    assertThat(r.verdict().concern()).isFalse();
    assertThat(r.verdict().headline()).startsWith("No unequal treatment");
  }

  @Test
  void aGroupWithoutActualPositivesHasNoTruePositiveRate() {
    ClassPredictions p =
        new ClassPredictions(
            List.of("yes", "no"),
            new double[][] {SAY_YES, SAY_NO, SAY_YES, SAY_NO},
            new int[] {0, 1, 1, 1});
    ProtectedGroups g = ProtectedGroups.of("g", List.of("A", "B"), new int[] {0, 0, 1, 1});
    FairnessResult r =
        new FairnessAudit(p, null, 0.1, new FairnessAudit.Settings(0, 5, 20, 0.9, 1))
            .audit(g, CancellationToken.NONE);
    assertThat(r.groups().get(1).truePositiveRate()).isNaN();
    assertThat(r.gap(GapMetric.EQUAL_OPPORTUNITY_DIFFERENCE)).isEmpty();
    assertThat(r.gap(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE)).isPresent();
  }

  @Test
  void refusesMismatchedInputs() {
    Fixture f = handCounted();
    assertThatThrownBy(
            () ->
                new FairnessAudit(
                    f.predictions(), null, 0.1, new FairnessAudit.Settings(2, 5, 0, 0.95, 1)))
        .hasMessageContaining("positive class");
    ProtectedGroups short3 = ProtectedGroups.of("g", List.of("A", "B"), new int[] {0, 1, 1});
    assertThatThrownBy(() -> audit(new Fixture(f.predictions(), short3), 0))
        .hasMessageContaining("groups for 3 rows");
    assertThatThrownBy(() -> new FairnessAudit.Settings(0, 5, 0, 1.0, 1))
        .hasMessageContaining("level");
  }
}
