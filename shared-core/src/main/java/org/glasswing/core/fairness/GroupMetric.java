package org.glasswing.core.fairness;

/** The rates measured in every group, each with the name a report spells out. */
public enum GroupMetric {
  /** The share of the group's rows predicted correctly. */
  ACCURACY("accuracy"),
  /** The share predicted as the positive class: how often the group gets the favourable outcome. */
  SELECTION_RATE("selection rate"),
  /** Among the group's actual positives, the share predicted positive. */
  TRUE_POSITIVE_RATE("true positive rate"),
  /** Among the group's actual negatives, the share predicted positive. */
  FALSE_POSITIVE_RATE("false positive rate"),
  /** The expected calibration error of the top-class probability within the group. */
  CALIBRATION_ERROR("expected calibration error"),
  /** The share of the group's rows whose conformal prediction set holds the actual class. */
  CONFORMAL_COVERAGE("conformal coverage");

  private final String label;

  GroupMetric(String label) {
    this.label = label;
  }

  /**
   * The metric's name, spelled out.
   *
   * @return such as {@code "selection rate"}
   */
  public String label() {
    return label;
  }
}
