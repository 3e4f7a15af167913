package org.glasswing.core.gradient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * SmoothGrad (Smilkov et al., 2017): the saliency averaged over noisy copies of the row, which
 * removes the speckle of the plain gradient. Each copy adds Gaussian noise with a standard
 * deviation of {@code noise} times the row's input range (largest minus smallest coordinate; 1 when
 * all are equal); the attribution is the mean absolute gradient, with its standard error over the
 * copies. All copies go to the network in one batch. Random numbers come from the seed and the
 * row's index only. Immutable.
 */
public final class SmoothGrad extends GradientExplainer {

  /** The method's name. */
  public static final String METHOD = "smoothgrad";

  /** The number of noisy copies when none is given. */
  public static final int DEFAULT_SAMPLES = 50;

  /** The noise level when none is given, as a fraction of the input range. */
  public static final double DEFAULT_NOISE = 0.15;

  private final int samples;
  private final double noise;
  private final long seed;

  /**
   * Creates the method.
   *
   * @param samples the number of noisy copies, at least 2
   * @param noise the noise's standard deviation as a fraction of the input range, at least 0
   * @param seed the seed of the noise
   * @throws IllegalArgumentException if a setting is out of range
   */
  public SmoothGrad(int samples, double noise, long seed) {
    if (samples < 2) {
      throw new IllegalArgumentException(
          "smoothgrad needs at least 2 noisy samples, got " + samples);
    }
    if (!(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException(
          "the smoothgrad noise level must be 0 or more (a fraction of the input range), got "
              + noise);
    }
    this.samples = samples;
    this.noise = noise;
    this.seed = seed;
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  protected long seed() {
    return seed;
  }

  @Override
  protected Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("score", "probability");
    settings.put("samples", Integer.toString(samples));
    settings.put("noise", Double.toString(noise));
    settings.put("seed", Long.toString(seed));
    return settings;
  }

  @Override
  protected Attribution attribute(Point point, int target, SplittableRandom random) {
    double[] x = point.input();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max > min ? max - min : 1;
    double sd = noise * range;
    double[][] copies = new double[samples][x.length];
    int[] targets = new int[samples];
    for (int s = 0; s < samples; s++) {
      targets[s] = target;
      for (int i = 0; i < x.length; i++) {
        copies[s][i] = x[i] + sd * gaussian(random);
      }
    }
    double[][] gradients = point.model().inputGradients(copies, targets, Score.PROBABILITY);
    int features = point.features();
    double[] sum = new double[features];
    double[] sumSquares = new double[features];
    for (double[] gradient : gradients) {
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] = Math.abs(gradient[i]);
      }
      double[] perFeature = point.toFeatures(gradient);
      for (int f = 0; f < features; f++) {
        sum[f] += perFeature[f];
        sumSquares[f] += perFeature[f] * perFeature[f];
      }
    }
    double[] mean = new double[features];
    double[] standardErrors = new double[features];
    for (int f = 0; f < features; f++) {
      mean[f] = sum[f] / samples;
      double variance = Math.max(0, (sumSquares[f] - samples * mean[f] * mean[f]) / (samples - 1));
      standardErrors[f] = Math.sqrt(variance / samples);
    }
    return new Attribution(mean, standardErrors, Double.NaN, Map.of());
  }

  /** A standard normal draw (Box-Muller), from the row's stream only. */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
