package org.glasswing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.glasswing.core.explain.Explanation;

/**
 * The steps of a waterfall chart for one local explanation: start at the base value, add one
 * feature's attribution per step, largest first, and end at the prediction. When there are many
 * features, the smallest ones are lumped into one step. Immutable and free of drawing, so that any
 * renderer (SVG here, Swing elsewhere) draws the same steps.
 */
public final class Waterfall {

  /**
   * One step of the waterfall.
   *
   * @param label what the step stands for, as plain text: {@code duration = 24}, {@code 5 other
   *     features}
   * @param start the running output before the step
   * @param end the running output after the step
   * @param standardError the standard error of the step's attribution; {@code NaN} when unknown
   * @param features how many features the step lumps together: 1 for a single feature, 0 for the
   *     gap an estimate may leave between the attributions and the prediction
   */
  public record Step(String label, double start, double end, double standardError, int features) {

    /**
     * Checks the label is given.
     *
     * @param label what the step stands for
     * @param start the running output before the step
     * @param end the running output after the step
     * @param standardError the standard error of the step, or {@code NaN}
     * @param features how many features the step lumps together
     */
    public Step {
      Objects.requireNonNull(label, "label");
    }

    /**
     * How much the step moves the output.
     *
     * @return {@code end - start}; positive when the step raises the output
     */
    public double delta() {
      return end - start;
    }
  }

  /** How many features a waterfall shows one by one unless told otherwise. */
  public static final int DEFAULT_MAX_FEATURES = 10;

  private final String target;
  private final double baseValue;
  private final double prediction;
  private final List<Step> steps;

  private Waterfall(String target, double baseValue, double prediction, List<Step> steps) {
    this.target = target;
    this.baseValue = baseValue;
    this.prediction = prediction;
    this.steps = List.copyOf(steps);
  }

  /**
   * The steps of an explanation, showing at most {@link #DEFAULT_MAX_FEATURES} features one by one.
   *
   * @param explanation the explanation
   * @return the waterfall
   */
  public static Waterfall of(Explanation explanation) {
    return of(explanation, DEFAULT_MAX_FEATURES);
  }

  /**
   * The steps of an explanation: one per feature by decreasing absolute attribution, the features
   * beyond {@code maxFeatures} lumped into one last step (a single leftover feature is shown on its
   * own), then, if the attributions do not add up to the prediction, a step for the gap.
   *
   * @param explanation the explanation
   * @param maxFeatures how many features to show one by one, at least 1
   * @return the waterfall
   */
  public static Waterfall of(Explanation explanation, int maxFeatures) {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("maxFeatures must be at least 1, not " + maxFeatures);
    }
    double[] attributions = explanation.attributions();
    double[] errors = explanation.standardErrors().orElse(null);
    int[] order =
        IntStream.range(0, attributions.length)
            .boxed()
            .sorted(Comparator.comparingDouble(f -> -Math.abs(attributions[f])))
            .mapToInt(Integer::intValue)
            .toArray();
    int shown = order.length <= maxFeatures + 1 ? order.length : maxFeatures;
    List<Step> steps = new ArrayList<>();
    double running = explanation.baseValue();
    for (int i = 0; i < shown; i++) {
      int f = order[i];
      String label = explanation.features().get(f).name() + " = " + explanation.formattedValue(f);
      double error = errors == null ? Double.NaN : errors[f];
      steps.add(new Step(label, running, running + attributions[f], error, 1));
      running += attributions[f];
    }
    if (shown < order.length) {
      double rest = 0;
      for (int i = shown; i < order.length; i++) {
        rest += attributions[order[i]];
      }
      int lumped = order.length - shown;
      steps.add(new Step(lumped + " other features", running, running + rest, Double.NaN, lumped));
      running += rest;
    }
    double prediction = explanation.prediction();
    if (Math.abs(prediction - running) > 1e-9 * Math.max(1, Math.abs(prediction))) {
      steps.add(new Step("not attributed (estimation gap)", running, prediction, Double.NaN, 0));
    } else if (!steps.isEmpty()) {
      // Rounding aside the steps add up: end exactly at the prediction.
      Step last = steps.remove(steps.size() - 1);
      steps.add(
          new Step(last.label(), last.start(), prediction, last.standardError(), last.features()));
    }
    return new Waterfall(explanation.target(), explanation.baseValue(), prediction, steps);
  }

  /**
   * The explained output.
   *
   * @return a class label, or the numeric target's name
   */
  public String target() {
    return target;
  }

  /**
   * Where the waterfall starts: the average output over the background.
   *
   * @return the base value
   */
  public double baseValue() {
    return baseValue;
  }

  /**
   * Where the waterfall ends: the model's output for the row.
   *
   * @return the prediction
   */
  public double prediction() {
    return prediction;
  }

  /**
   * The steps, in drawing order.
   *
   * @return an unmodifiable list
   */
  public List<Step> steps() {
    return steps;
  }
}
