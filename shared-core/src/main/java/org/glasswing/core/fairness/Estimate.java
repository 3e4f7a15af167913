package org.glasswing.core.fairness;

/**
 * A measured value with its bootstrap percentile interval.
 *
 * @param value the value on the rows as they are
 * @param lower the interval's lower end ({@code NaN} when the value is undefined)
 * @param upper the interval's upper end
 */
public record Estimate(double value, double lower, double upper) {

  /**
   * Whether the interval lies wholly above a bound.
   *
   * @param bound the bound
   * @return true if the lower end exceeds it
   */
  public boolean above(double bound) {
    return lower > bound;
  }
}
