package org.glasswing.core.uncertainty;

/**
 * A confidence interval of a proportion (such as an accuracy: correct rows out of rows), by
 * Wilson's score method, which stays inside [0, 1] and keeps its coverage near 0 and 1 and on few
 * rows, where the normal approximation does not (Wilson 1927; Brown, Cai and DasGupta 2001).
 *
 * @param estimate the observed proportion, successes / trials
 * @param lower the lower end
 * @param upper the upper end
 * @param level the confidence level, such as 0.95
 */
public record ProportionInterval(double estimate, double lower, double upper, double level) {

  /**
   * The Wilson score interval.
   *
   * @param successes how many trials succeeded, 0 to {@code trials}
   * @param trials how many trials, at least 1
   * @param level the confidence level, strictly between 0 and 1 (0.95 for the usual interval)
   * @return the interval
   * @throws IllegalArgumentException if the counts or the level are out of range
   */
  public static ProportionInterval wilson(double successes, double trials, double level) {
    if (!(trials >= 1) || !(successes >= 0) || successes > trials) {
      throw new IllegalArgumentException(
          "a proportion needs 0 <= successes <= trials and at least one trial; got "
              + successes
              + " of "
              + trials);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "the confidence level must be between 0 and 1, such as 0.95; got " + level);
    }
    double z = normalQuantile(0.5 + level / 2);
    double p = successes / trials;
    double z2 = z * z;
    double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    double half =
        z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials);
    return new ProportionInterval(p, Math.max(0, centre - half), Math.min(1, centre + half), level);
  }

  /**
   * The standard normal quantile, by Acklam's rational approximation (error below 1.2e-9).
   *
   * @param q the probability, in (0, 1)
   * @return the z with Phi(z) = q
   */
  public static double normalQuantile(double q) {
    double[] a = {
      -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
      1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
    };
    double[] b = {
      -5.447609879822406e+01,
      1.615858368580409e+02,
      -1.556989798598866e+02,
      6.680131188771972e+01,
      -1.328068155288572e+01
    };
    double[] c = {
      -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
      -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
    };
    double[] d = {
      7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    double low = 0.02425;
    if (q < low) {
      double t = Math.sqrt(-2 * Math.log(q));
      return (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5])
          / ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1);
    }
    if (q > 1 - low) {
      return -normalQuantile(1 - q);
    }
    double u = q - 0.5;
    double r = u * u;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
        * u
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
}
