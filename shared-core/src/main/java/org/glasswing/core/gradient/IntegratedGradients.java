package org.glasswing.core.gradient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Integrated Gradients (Sundararajan, Taly and Yan, 2017): each input's difference from a baseline
 * times the mean gradient of the class probability along the straight path from the baseline to the
 * row, by the midpoint rule over {@code steps} points (all sent in one batch). The attributions add
 * up to f(row) − f(baseline) up to the integration error, which every explanation reports as the
 * extras {@code completeness_gap} (|Σ attributions − (f(row) − f(baseline))| relative to |f(row) −
 * f(baseline)|; NaN when the two outputs are equal) and {@code completeness_gap_abs}. The base
 * value is f(baseline). Immutable.
 */
public final class IntegratedGradients extends GradientExplainer {

  /** The method's name. */
  public static final String METHOD = "integrated-gradients";

  /** The number of integration points when none is given. */
  public static final int DEFAULT_STEPS = 64;

  private final int steps;
  private final Baseline baseline;

  /**
   * Creates the method.
   *
   * @param steps the number of integration points, at least 1
   * @param baseline where the path starts
   * @throws IllegalArgumentException if steps is below 1
   */
  public IntegratedGradients(int steps, Baseline baseline) {
    if (steps < 1) {
      throw new IllegalArgumentException(
          "integrated-gradients needs at least 1 integration step, got " + steps);
    }
    this.steps = steps;
    this.baseline = java.util.Objects.requireNonNull(baseline, "baseline");
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  protected Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("score", "probability");
    settings.put("steps", Integer.toString(steps));
    settings.put("baseline", baseline.name());
    return settings;
  }

  @Override
  protected Attribution attribute(Point point, int target, SplittableRandom random) {
    DifferentiableModel model = point.model();
    double[] x = point.input();
    double[] b = baseline.inputFor(model, x);
    if (b.length != x.length) {
      throw new IllegalArgumentException(
          "the baseline has " + b.length + " coordinates, the model reads " + x.length);
    }
    double[][] path = new double[steps][x.length];
    int[] targets = new int[steps];
    for (int k = 0; k < steps; k++) {
      double alpha = (k + 0.5) / steps;
      targets[k] = target;
      for (int i = 0; i < x.length; i++) {
        path[k][i] = b[i] + alpha * (x[i] - b[i]);
      }
    }
    double[][] gradients = model.inputGradients(path, targets, Score.PROBABILITY);
    double[] coordinates = new double[x.length];
    for (double[] gradient : gradients) {
      for (int i = 0; i < x.length; i++) {
        coordinates[i] += gradient[i];
      }
    }
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      coordinates[i] *= (x[i] - b[i]) / steps;
      total += coordinates[i];
    }
    double[][] ends = model.scores(new double[][] {x, b}, Score.PROBABILITY);
    double difference = ends[0][target] - ends[1][target];
    double gap = Math.abs(total - difference);
    Map<String, Double> extras = new LinkedHashMap<>();
    extras.put("completeness_gap", difference == 0 ? Double.NaN : gap / Math.abs(difference));
    extras.put("completeness_gap_abs", gap);
    return new Attribution(point.toFeatures(coordinates), null, ends[1][target], extras);
  }
}
