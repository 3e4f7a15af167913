package org.glasswing.core.fairness;

import java.util.Arrays;
import org.glasswing.core.uncertainty.ProportionInterval;

/**
 * The bias-corrected percentile bootstrap interval (Efron 1987): the percentile interval shifted by
 * how far the resampled values sit on one side of the observed one. For a rate, whose resamples
 * centre on it, this is the plain percentile interval; for a statistic that resampling inflates,
 * such as a calibration error, it moves the interval back around the observed value.
 */
final class BootstrapInterval {

  private BootstrapInterval() {}

  /**
   * The interval.
   *
   * @param value the observed value
   * @param draws the resampled values ({@code NaN} ones are left out)
   * @param level the confidence level, in (0, 1)
   * @return the value with its interval; NaN ends when undefined
   */
  static Estimate of(double value, double[] draws, double level) {
    if (Double.isNaN(value)) {
      return new Estimate(value, Double.NaN, Double.NaN);
    }
    double[] sorted = Arrays.stream(draws).filter(d -> !Double.isNaN(d)).sorted().toArray();
    int b = sorted.length;
    if (b == 0) {
      return new Estimate(value, Double.NaN, Double.NaN);
    }
    double below = 0;
    for (double d : sorted) {
      below += d < value ? 1 : d == value ? 0.5 : 0;
    }
    double share = Math.min(Math.max(below / b, 0.5 / b), 1 - 0.5 / b);
    double z0 = ProportionInterval.normalQuantile(share);
    double z = ProportionInterval.normalQuantile((1 + level) / 2);
    double lowerAt = normalCdf(2 * z0 - z);
    double upperAt = normalCdf(2 * z0 + z);
    return new Estimate(
        value,
        ProtectedGroups.quantile(sorted, lowerAt),
        ProtectedGroups.quantile(sorted, upperAt));
  }

  /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error < 7.5e-8). */
  static double normalCdf(double x) {
    if (x < 0) {
      return 1 - normalCdf(-x);
    }
    double t = 1 / (1 + 0.2316419 * x);
    double poly =
        t
            * (0.319381530
                + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    return 1 - Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
  }
}
