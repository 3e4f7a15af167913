package org.glasswing.core.fairness;

import java.util.List;
import java.util.Optional;

/**
 * The fairness audit of one protected attribute: a row per group and metric, the gaps between
 * groups, and a verdict in plain words ({@link FairnessVerdict}). Immutable.
 *
 * @param attribute the protected attribute
 * @param positive the positive (favourable) class
 * @param level the intervals' confidence level
 * @param coverageTarget the prediction sets' target coverage, {@code NaN} without sets
 * @param groups the observed rates of each group
 * @param calibrationNoise for each group, the calibration error a perfectly calibrated model would
 *     reach by chance at the level ({@code NaN} without resamples)
 * @param table one row per metric and group, with its interval
 * @param gaps the gaps between groups, with their intervals
 */
public record FairnessResult(
    String attribute,
    String positive,
    double level,
    double coverageTarget,
    List<GroupRates> groups,
    List<Double> calibrationNoise,
    List<GroupEstimate> table,
    List<GroupGap> gaps) {

  /**
   * Copies the lists.
   *
   * @param attribute the attribute
   * @param positive the positive class
   * @param level the level
   * @param coverageTarget the target coverage
   * @param groups the groups
   * @param calibrationNoise the calibration errors reached by chance
   * @param table the table
   * @param gaps the gaps
   */
  public FairnessResult {
    groups = List.copyOf(groups);
    calibrationNoise = List.copyOf(calibrationNoise);
    table = List.copyOf(table);
    gaps = List.copyOf(gaps);
  }

  /**
   * One gap by its metric.
   *
   * @param metric the gap's metric
   * @return the gap, empty when it is undefined (no group has actual positives, say)
   */
  public Optional<GroupGap> gap(GapMetric metric) {
    return gaps.stream().filter(g -> g.metric() == metric).findFirst();
  }

  /**
   * One group's estimate of one metric.
   *
   * @param metric the metric
   * @param group the group's name
   * @return the estimate, empty if that metric is not measured (coverage without sets)
   */
  public Optional<GroupEstimate> estimate(GroupMetric metric, String group) {
    return table.stream().filter(e -> e.metric() == metric && e.group().equals(group)).findFirst();
  }

  /**
   * What the audit found, in plain words.
   *
   * @return the verdict
   */
  public FairnessVerdict verdict() {
    return FairnessVerdict.of(this);
  }
}
