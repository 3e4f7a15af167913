package org.glasswing.core.global;

import java.util.Objects;
import org.glasswing.core.data.Feature;

/**
 * The global importance of one feature, with its spread and a 95 % interval.
 *
 * @param feature the feature
 * @param importance the estimate, such as the mean drop in a metric when the feature is permuted
 * @param std the standard deviation of the replicates the estimate averages (repeats, bootstrap
 *     samples or rows, depending on the method)
 * @param ciLow the lower end of the 95 % interval for the importance
 * @param ciHigh the upper end of the 95 % interval for the importance
 */
public record ImportanceScore(
    Feature feature, double importance, double std, double ciLow, double ciHigh) {

  /**
   * Checks the feature is given.
   *
   * @param feature the feature
   * @param importance the estimate
   * @param std the standard deviation of the replicates
   * @param ciLow the lower end of the interval
   * @param ciHigh the upper end of the interval
   */
  public ImportanceScore {
    Objects.requireNonNull(feature, "feature");
  }
}
