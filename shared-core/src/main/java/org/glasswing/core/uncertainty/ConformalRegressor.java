package org.glasswing.core.uncertainty;

/**
 * Split conformal regression (Papadopoulos et al. 2002; Lei et al. 2018): the {@link
 * ConformalQuantile finite-sample quantile} q of the calibration rows' non-conformity scores turns
 * a point prediction into the interval {@code prediction +- q * (difficulty + beta)}. With absolute
 * residuals {@code |y - prediction|} every difficulty is 1 and beta 0, so all intervals have the
 * same width; normalised scores {@code |y - prediction| / (difficulty + beta)} widen the interval
 * where the difficulty estimate (such as {@link KnnDifficulty}) is high. On exchangeable data the
 * interval holds the actual value with probability at least {@code 1 - alpha}. Immutable.
 */
public final class ConformalRegressor {

  /** The constant added to a difficulty when none is given, to keep scores finite. */
  public static final double DEFAULT_BETA = 0.01;

  /**
   * An interval around a prediction.
   *
   * @param prediction the point prediction
   * @param lower the lower end
   * @param upper the upper end
   */
  public record Interval(double prediction, double lower, double upper) {

    /**
     * The interval's width.
     *
     * @return {@code upper - lower}
     */
    public double width() {
      return upper - lower;
    }

    /**
     * Whether a value lies in the interval, ends included.
     *
     * @param value the value
     * @return true when it does
     */
    public boolean contains(double value) {
      return value >= lower && value <= upper;
    }
  }

  /**
   * How intervals did on rows with known values.
   *
   * @param rows the number of rows
   * @param alpha the miscoverage level asked for
   * @param coverage the share of rows whose interval holds the actual value
   * @param meanWidth the mean interval width
   */
  public record Summary(int rows, double alpha, double coverage, double meanWidth) {}

  private final double alpha;
  private final double quantile;
  private final double beta;
  private final boolean normalised;

  private ConformalRegressor(double alpha, double quantile, double beta, boolean normalised) {
    this.alpha = alpha;
    this.quantile = quantile;
    this.beta = beta;
    this.normalised = normalised;
  }

  /**
   * Calibrates with absolute residuals.
   *
   * @param predicted the calibration rows' predictions
   * @param actual their actual values
   * @param alpha the miscoverage level
   * @return the regressor
   * @throws IllegalArgumentException if alpha is outside (0, 1) or there are fewer rows than {@code
   *     1/alpha}
   */
  public static ConformalRegressor absolute(double[] predicted, double[] actual, double alpha) {
    double[] ones = new double[predicted.length];
    java.util.Arrays.fill(ones, 1);
    return calibrate(predicted, actual, ones, 0, alpha, false);
  }

  /**
   * Calibrates with residuals divided by a difficulty estimate.
   *
   * @param predicted the calibration rows' predictions
   * @param actual their actual values
   * @param difficulty their difficulty estimates, non-negative
   * @param beta a positive constant added to every difficulty
   * @param alpha the miscoverage level
   * @return the regressor
   * @throws IllegalArgumentException if alpha is outside (0, 1), there are fewer rows than {@code
   *     1/alpha}, or beta is not positive
   */
  public static ConformalRegressor normalised(
      double[] predicted, double[] actual, double[] difficulty, double beta, double alpha) {
    if (!(beta > 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be a positive number, got " + beta);
    }
    return calibrate(predicted, actual, difficulty, beta, alpha, true);
  }

  private static ConformalRegressor calibrate(
      double[] predicted,
      double[] actual,
      double[] difficulty,
      double beta,
      double alpha,
      boolean normalised) {
    int n = predicted.length;
    if (actual.length != n || difficulty.length != n) {
      throw new IllegalArgumentException(
          "need as many actual values and difficulties as predictions");
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      check(predicted[i], actual[i], difficulty[i], i);
      scores[i] = Math.abs(actual[i] - predicted[i]) / (difficulty[i] + beta);
    }
    return new ConformalRegressor(alpha, ConformalQuantile.of(scores, alpha), beta, normalised);
  }

  private static void check(double predicted, double actual, double difficulty, int i) {
    if (!Double.isFinite(predicted) || !Double.isFinite(actual)) {
      throw new IllegalArgumentException(
          "calibration row "
              + (i + 1)
              + " has a missing or infinite value (prediction "
              + predicted
              + ", actual "
              + actual
              + ")");
    }
    if (!(difficulty >= 0) || Double.isInfinite(difficulty)) {
      throw new IllegalArgumentException(
          "calibration row " + (i + 1) + " has the difficulty " + difficulty);
    }
  }

  /**
   * Whether the intervals are normalised by a difficulty.
   *
   * @return true for normalised intervals
   */
  public boolean isNormalised() {
    return normalised;
  }

  /**
   * The calibrated quantile of the scores.
   *
   * @return q
   */
  public double quantile() {
    return quantile;
  }

  /**
   * The interval of a row with absolute residuals (difficulty 1).
   *
   * @param prediction the point prediction
   * @return the interval
   */
  public Interval interval(double prediction) {
    return interval(prediction, 1);
  }

  /**
   * The interval of a row.
   *
   * @param prediction the point prediction
   * @param difficulty the row's difficulty (ignored unless normalised)
   * @return {@code prediction +- q * (difficulty + beta)}
   */
  public Interval interval(double prediction, double difficulty) {
    double half = quantile * (normalised ? difficulty + beta : 1);
    return new Interval(prediction, prediction - half, prediction + half);
  }

  /**
   * Predicts intervals for rows with known values and measures them.
   *
   * @param predicted the rows' predictions
   * @param actual their actual values
   * @param difficulty their difficulties (ignored unless normalised)
   * @return coverage and mean width
   */
  public Summary evaluate(double[] predicted, double[] actual, double[] difficulty) {
    int n = predicted.length;
    if (n == 0 || actual.length != n || difficulty.length != n) {
      throw new IllegalArgumentException(
          "need at least one row, and as many actual values and difficulties as predictions");
    }
    int hits = 0;
    double width = 0;
    for (int i = 0; i < n; i++) {
      Interval interval = interval(predicted[i], difficulty[i]);
      hits += interval.contains(actual[i]) ? 1 : 0;
      width += interval.width();
    }
    return new Summary(n, alpha, (double) hits / n, width / n);
  }
}
