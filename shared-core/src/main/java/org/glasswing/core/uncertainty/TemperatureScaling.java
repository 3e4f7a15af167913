package org.glasswing.core.uncertainty;

/**
 * Temperature scaling (Guo et al. 2017): {@code q = softmax(ln p / T)} with one temperature {@code
 * T > 0} fitted by minimising the negative log-likelihood of the actual classes. {@code T > 1}
 * softens over-confident probabilities, {@code T < 1} sharpens under-confident ones; the order of
 * the classes, hence the predicted class, never changes. Probabilities are clamped from below at
 * {@value #CLAMP} before the logarithm. The likelihood is convex in {@code 1/T}, which is found by
 * bisection of its derivative within [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}] for T.
 */
public final class TemperatureScaling implements Calibrator {

  /** The smallest probability taken before the logarithm. */
  public static final double CLAMP = 1e-15;

  /** The smallest temperature the fit returns. */
  public static final double MIN_TEMPERATURE = 0.01;

  /** The largest temperature the fit returns. */
  public static final double MAX_TEMPERATURE = 100;

  /** Creates the calibrator. */
  public TemperatureScaling() {}

  /**
   * A fitted temperature.
   *
   * @param temperature T, positive
   */
  public record Fitted(double temperature) implements CalibrationMap {

    /**
     * Checks the temperature.
     *
     * @param temperature T
     */
    public Fitted {
      if (!(temperature > 0) || Double.isInfinite(temperature)) {
        throw new IllegalArgumentException(
            "the temperature must be a positive number, got " + temperature);
      }
    }

    @Override
    public double[] apply(double[] probabilities) {
      return scale(logs(probabilities), 1 / temperature);
    }
  }

  @Override
  public String name() {
    return "temperature";
  }

  @Override
  public Fitted fit(ClassPredictions calibration) {
    Calibrator.requireTwoClasses(calibration);
    int n = calibration.size();
    double[][] z = new double[n][];
    int[] y = calibration.actual();
    for (int i = 0; i < n; i++) {
      z[i] = logs(calibration.probabilities(i));
    }
    double lo = Math.log(1 / MAX_TEMPERATURE);
    double hi = Math.log(1 / MIN_TEMPERATURE);
    if (derivative(z, y, Math.exp(lo)) >= 0) {
      return new Fitted(MAX_TEMPERATURE);
    }
    if (derivative(z, y, Math.exp(hi)) <= 0) {
      return new Fitted(MIN_TEMPERATURE);
    }
    for (int iter = 0; iter < 200 && hi - lo > 1e-12; iter++) {
      double mid = (lo + hi) / 2;
      if (derivative(z, y, Math.exp(mid)) > 0) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return new Fitted(1 / Math.exp((lo + hi) / 2));
  }

  /** d NLL / d beta = mean over rows of (E_softmax[z] - z_y), non-decreasing in beta. */
  private static double derivative(double[][] z, int[] y, double beta) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      double[] q = scale(z[i], beta);
      double expected = 0;
      for (int c = 0; c < q.length; c++) {
        expected += q[c] * z[i][c];
      }
      sum += expected - z[i][y[i]];
    }
    return sum / z.length;
  }

  private static double[] logs(double[] p) {
    double[] z = new double[p.length];
    for (int c = 0; c < p.length; c++) {
      z[c] = Math.log(Math.max(p[c], CLAMP));
    }
    return z;
  }

  private static double[] scale(double[] z, double beta) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] q = new double[z.length];
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      q[c] = Math.exp(beta * (z[c] - max));
      sum += q[c];
    }
    for (int c = 0; c < z.length; c++) {
      q[c] /= sum;
    }
    return q;
  }
}
