package org.glasswing.core.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A fairness audit's result in plain words: a headline and one sentence per finding. A gap is a
 * concern when it passes its threshold and its interval excludes no gap at all; one that passes the
 * threshold but could be chance is reported as a note. The thresholds are conventions, not law: the
 * four-fifths rule for selection rates (US Uniform Guidelines on Employee Selection, 1978), gaps of
 * {@value #RATE_GAP} in true or false positive rates, and {@value #CALIBRATION_GAP} in calibration
 * error beyond what chance gives a group of that size.
 *
 * @param concern whether any gap is a concern
 * @param headline one sentence
 * @param findings one sentence each: the concerns, then the notes
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
                sort(
                    r,
                    GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE,
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
                        + ", below the four-fifths rule's 0.8",
                    concerns,
                    notes));
    rateGap(r, GapMetric.EQUAL_OPPORTUNITY_DIFFERENCE, "Among rows that truly are " + pos + ", ")
        .ifPresent(s -> sort(r, GapMetric.EQUAL_OPPORTUNITY_DIFFERENCE, s, concerns, notes));
    rateGap(r, GapMetric.FALSE_POSITIVE_RATE_DIFFERENCE, "Among rows that are not " + pos + ", ")
        .ifPresent(s -> sort(r, GapMetric.FALSE_POSITIVE_RATE_DIFFERENCE, s, concerns, notes));
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
                + "' that is both beyond the thresholds (four-fifths rule on selection, gaps of"
                + " 0.1 in true and false positive rates) and larger than chance."
            : "The model treats the groups of '"
                + r.attribute()
                + "' differently: "
                + concerns.size()
                + (concerns.size() == 1 ? " finding." : " findings.");
    return new FairnessVerdict(!concerns.isEmpty(), headline, findings);
  }

  /** A concern when the gap's interval excludes zero, a note saying it may be chance otherwise. */
  private static void sort(
      FairnessResult r, GapMetric gap, String text, List<String> concerns, List<String> notes) {
    Estimate e = r.gap(gap).orElseThrow().estimate();
    if (e.above(0)) {
      concerns.add(text + ".");
    } else {
      notes.add(
          text
              + "; with these group sizes the gap may be chance ("
              + Math.round(r.level() * 100)
              + " % interval of the "
              + gap.label()
              + ": "
              + number(e.lower())
              + " to "
              + number(e.upper())
              + ").");
    }
  }

  private static Optional<String> rateGap(FairnessResult r, GapMetric gap, String lead) {
    GroupMetric rate = gap.rate();
    String verb =
        rate == GroupMetric.FALSE_POSITIVE_RATE ? "' is wrongly predicted '" : "' is predicted '";
    return r.gap(gap)
        .filter(g -> g.estimate().value() >= RATE_GAP)
        .map(
            g ->
                lead
                    + "'"
                    + g.highest()
                    + verb
                    + r.positive()
                    + "' "
                    + percent(rate(r, rate, g.highest()))
                    + " of the time and '"
                    + g.lowest()
                    + "' "
                    + percent(rate(r, rate, g.lowest()))
                    + " ("
                    + gap.label()
                    + " "
                    + number(g.estimate().value())
                    + ")");
  }

  private static Optional<String> calibration(FairnessResult r) {
    int worst = -1;
    int best = -1;
    for (int g = 0; g < r.groups().size(); g++) {
      double ece = r.groups().get(g).ece();
      if (worst < 0 || ece > r.groups().get(worst).ece()) {
        worst = g;
      }
      if (best < 0 || ece < r.groups().get(best).ece()) {
        best = g;
      }
    }
    GroupRates high = r.groups().get(worst);
    GroupRates low = r.groups().get(best);
    double noise = r.calibrationNoise().get(worst);
    if (high.ece() - low.ece() < CALIBRATION_GAP || !(high.ece() > noise)) {
      return Optional.empty();
    }
    return Optional.of(
        "The probabilities are less trustworthy for '"
            + high.group()
            + "' (calibration error "
            + percent(high.ece())
            + ", more than the "
            + percent(noise)
            + " a well-calibrated model could show on "
            + high.rows()
            + " rows by chance) than for '"
            + low.group()
            + "' ("
            + percent(low.ece())
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
