package org.glasswing.core.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fairness audit's result in plain words: a headline and one sentence per finding. A finding
 * names the groups, the rates and whether the gap is larger than resampling noise (its interval
 * excludes zero). The thresholds are conventions, not law: the four-fifths rule for selection rates
 * (US Uniform Guidelines on Employee Selection, 1978), and gaps of {@value #RATE_GAP} in true or
 * false positive rates, {@value #CALIBRATION_GAP} in calibration error.
 *
 * @param concern whether any gap passes its threshold
 * @param headline one sentence
 * @param findings one sentence each, the concerns first, then caveats
 */
public record FairnessVerdict(boolean concern, String headline, List<String> findings) {

  /** The lowest demographic parity ratio that passes the four-fifths rule. */
  public static final double FOUR_FIFTHS = 0.8;

  /** A gap in true or false positive rates from which the verdict speaks of unequal treatment. */
  public static final double RATE_GAP = 0.1;

  /** A gap in calibration error from which the verdict reports it. */
  public static final double CALIBRATION_GAP = 0.05;

  /** Groups smaller than this get a caveat: their rates are imprecise. */
  public static final int SMALL_GROUP = 30;

  /**
   * Copies the findings.
   *
   * @param concern whether there is a concern
   * @param headline the headline
   * @param findings the findings
   */
  public FairnessVerdict {
    findings = List.copyOf(findings);
  }

  /**
   * Reads a result.
   *
   * @param r the result
   * @return the verdict
   */
  static FairnessVerdict of(FairnessResult r) {
    List<String> concerns = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String pos = "'" + r.positive() + "'";
    r.gap(GapMetric.DEMOGRAPHIC_PARITY_RATIO)
        .filter(g -> g.estimate().value() < FOUR_FIFTHS)
        .ifPresent(
            g ->
                concerns.add(
                    "'"
                        + g.lowest()
                        + "' is predicted "
                        + pos
                        + " "
                        + percent(rate(r, GroupMetric.SELECTION_RATE, g.lowest()))
                        + " of the time against "
                        + percent(rate(r, GroupMetric.SELECTION_RATE, g.highest()))
                        + " for '"
                        + g.highest()
                        + "': a demographic parity ratio of "
                        + number(g.estimate().value())
                        + ", below the four-fifths rule's 0.8"
                        + chance(r, GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE)
                        + "."));
    rateGap(r, GapMetric.EQUAL_OPPORTUNITY_DIFFERENCE, GroupMetric.TRUE_POSITIVE_RATE)
        .ifPresent(
            s ->
                concerns.add(
                    "Among rows that truly are " + pos + ", " + s + " (equal opportunity)."));
    r.gap(GapMetric.EQUALISED_ODDS_DIFFERENCE)
        .filter(g -> g.estimate().value() >= RATE_GAP)
        .filter(g -> !falsePositiveGap(r).isEmpty())
        .ifPresent(
            g ->
                concerns.add(
                    "Among rows that are not "
                        + pos
                        + ", "
                        + falsePositiveGap(r)
                        + " (equalised odds)."));
    calibration(r).ifPresent(concerns::add);
    coverage(r, concerns);
    for (GroupRates g : r.groups()) {
      if (g.rows() < SMALL_GROUP) {
        notes.add(
            "'"
                + g.group()
                + "' has only "
                + g.rows()
                + " rows: its rates are imprecise (see the intervals).");
      }
    }
    List<String> findings = new ArrayList<>(concerns);
    findings.addAll(notes);
    String headline =
        concerns.isEmpty()
            ? "No unequal treatment across the groups of '"
                + r.attribute()
                + "' beyond the thresholds (four-fifths rule on selection, gaps of 0.1 in true"
                + " and false positive rates)."
            : "The model treats the groups of '"
                + r.attribute()
                + "' differently: "
                + concerns.size()
                + (concerns.size() == 1 ? " finding." : " findings.");
    return new FairnessVerdict(!concerns.isEmpty(), headline, findings);
  }

  private static java.util.Optional<String> rateGap(
      FairnessResult r, GapMetric gap, GroupMetric rate) {
    return r.gap(gap)
        .filter(g -> g.estimate().value() >= RATE_GAP)
        .map(
            g ->
                "'"
                    + g.highest()
                    + "' is predicted '"
                    + r.positive()
                    + "' "
                    + percent(rate(r, rate, g.highest()))
                    + " of the time and '"
                    + g.lowest()
                    + "' "
                    + percent(rate(r, rate, g.lowest()))
                    + chance(r, gap));
  }

  private static String falsePositiveGap(FairnessResult r) {
    GroupRates high = null;
    GroupRates low = null;
    for (GroupRates g : r.groups()) {
      if (Double.isNaN(g.falsePositiveRate())) {
        continue;
      }
      if (high == null || g.falsePositiveRate() > high.falsePositiveRate()) {
        high = g;
      }
      if (low == null || g.falsePositiveRate() < low.falsePositiveRate()) {
        low = g;
      }
    }
    if (high == null || high.falsePositiveRate() - low.falsePositiveRate() < RATE_GAP) {
      return "";
    }
    return "'"
        + high.group()
        + "' is wrongly predicted '"
        + r.positive()
        + "' "
        + percent(high.falsePositiveRate())
        + " of the time and '"
        + low.group()
        + "' "
        + percent(low.falsePositiveRate());
  }

  private static java.util.Optional<String> calibration(FairnessResult r) {
    GroupRates worst = null;
    GroupRates best = null;
    for (GroupRates g : r.groups()) {
      if (worst == null || g.ece() > worst.ece()) {
        worst = g;
      }
      if (best == null || g.ece() < best.ece()) {
        best = g;
      }
    }
    if (worst.ece() - best.ece() < CALIBRATION_GAP) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "The probabilities are less trustworthy for '"
            + worst.group()
            + "' (calibration error "
            + percent(worst.ece())
            + ") than for '"
            + best.group()
            + "' ("
            + percent(best.ece())
            + ").");
  }

  private static void coverage(FairnessResult r, List<String> concerns) {
    if (Double.isNaN(r.coverageTarget())) {
      return;
    }
    for (GroupEstimate e : r.table()) {
      if (e.metric() == GroupMetric.CONFORMAL_COVERAGE
          && e.estimate().upper() < r.coverageTarget()) {
        concerns.add(
            "The prediction sets hold the actual class for only "
                + percent(e.estimate().value())
                + " of '"
                + e.group()
                + "' (target "
                + percent(r.coverageTarget())
                + ", interval up to "
                + percent(e.estimate().upper())
                + ").");
      }
    }
  }

  private static String chance(FairnessResult r, GapMetric gap) {
    return r.gap(gap)
        .map(GroupGap::estimate)
        .filter(e -> !Double.isNaN(e.lower()) && !(e.lower() > 0))
        .map(
            e ->
                "; with these group sizes the gap may be chance ("
                    + Math.round(r.level() * 100)
                    + " % interval "
                    + number(e.lower())
                    + " to "
                    + number(e.upper())
                    + ")")
        .orElse("");
  }

  private static double rate(FairnessResult r, GroupMetric m, String group) {
    return r.estimate(m, group).map(e -> e.estimate().value()).orElse(Double.NaN);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
