package org.glasswing.core.uncertainty;

/**
 * One bin of a reliability diagram: the rows whose top-label confidence (largest probability) falls
 * in {@code [lower, upper)} (the last bin also holds {@code upper}), how confident the classifier
 * was on them on average, and how often it was right.
 *
 * @param lower the bin's lower edge
 * @param upper the bin's upper edge
 * @param count the number of rows in the bin
 * @param meanConfidence the mean top-label confidence of those rows; {@code NaN} when empty
 * @param accuracy the share of those rows predicted correctly; {@code NaN} when empty
 */
public record ReliabilityBin(
    double lower, double upper, int count, double meanConfidence, double accuracy) {

  /**
   * The calibration gap of the bin.
   *
   * @return {@code |accuracy - meanConfidence|}; {@code NaN} for an empty bin
   */
  public double gap() {
    return Math.abs(accuracy - meanConfidence);
  }
}
