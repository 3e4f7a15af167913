package org.glasswing.core.fairness;

/**
 * The gaps between groups that fairness definitions bound, each between the two groups where the
 * rate is highest and lowest (Hardt et al. 2016; Feldman et al. 2015 for the ratio).
 */
public enum GapMetric {
  /** Highest minus lowest selection rate: 0 when every group gets the positive class as often. */
  DEMOGRAPHIC_PARITY_DIFFERENCE("demographic parity difference", GroupMetric.SELECTION_RATE),
  /**
   * Lowest over highest selection rate: 1 when equal; below 0.8 fails the "four-fifths rule" of US
   * employment law.
   */
  DEMOGRAPHIC_PARITY_RATIO("demographic parity ratio", GroupMetric.SELECTION_RATE),
  /** Highest minus lowest true positive rate: do actual positives get it equally often? */
  EQUAL_OPPORTUNITY_DIFFERENCE("equal opportunity difference", GroupMetric.TRUE_POSITIVE_RATE),
  /** Highest minus lowest false positive rate: are actual negatives wrongly favoured equally? */
  FALSE_POSITIVE_RATE_DIFFERENCE("false positive rate difference", GroupMetric.FALSE_POSITIVE_RATE),
  /** The larger of the true positive rate gap and the false positive rate gap. */
  EQUALISED_ODDS_DIFFERENCE("equalised odds difference", GroupMetric.TRUE_POSITIVE_RATE);

  private final String label;
  private final GroupMetric rate;

  GapMetric(String label, GroupMetric rate) {
    this.label = label;
    this.rate = rate;
  }

  /**
   * The metric's name, spelled out.
   *
   * @return such as {@code "demographic parity difference"}
   */
  public String label() {
    return label;
  }

  /**
   * The per-group rate whose highest and lowest groups the gap compares.
   *
   * @return the rate
   */
  public GroupMetric rate() {
    return rate;
  }
}
