package org.glasswing.core.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glasswing.core.data.Feature;

/**
 * The local explanation of one model output for one row: how much each input feature moved the
 * output away from the base value (the average output over the background). Immutable.
 */
public final class Explanation {

  private final int row;
  private final int targetIndex;
  private final String target;
  private final double baseValue;
  private final double prediction;
  private final List<Feature> features;
  private final double[] featureValues;
  private final double[] attributions;
  private final double[] standardErrors;
  private final String method;
  private final Map<String, String> settings;
  private final Map<String, Double> extras;

  /**
   * Creates an explanation.
   *
   * @param row the index of the explained row in the explained data, from 0
   * @param targetIndex the index of the explained model output
   * @param target the name of the explained output (a class label, or the numeric target's name)
   * @param baseValue the expected output over the background (the output with no feature known)
   * @param prediction the model's output for the row
   * @param features the explained features (the players), in order
   * @param featureValues the row's value of each feature, encoded as in a dataset
   * @param attributions the attribution of each feature
   * @param standardErrors the standard error of each attribution, or {@code null} for an exact
   *     method
   * @param method the method's name, such as {@code exact-shapley}
   * @param settings the method's settings, in display order
   */
  public Explanation(
      int row,
      int targetIndex,
      String target,
      double baseValue,
      double prediction,
      List<Feature> features,
      double[] featureValues,
      double[] attributions,
      double[] standardErrors,
      String method,
      Map<String, String> settings) {
    this.row = row;
    this.targetIndex = targetIndex;
    this.target = Objects.requireNonNull(target, "target");
    this.baseValue = baseValue;
    this.prediction = prediction;
    this.features = List.copyOf(features);
    this.featureValues = featureValues.clone();
    this.attributions = attributions.clone();
    this.standardErrors = standardErrors == null ? null : standardErrors.clone();
    this.method = Objects.requireNonNull(method, "method");
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    this.extras = Map.of();
    int n = this.features.size();
    if (this.featureValues.length != n
        || this.attributions.length != n
        || (this.standardErrors != null && this.standardErrors.length != n)) {
      throw new IllegalArgumentException(
          "features, values, attributions and errors differ in length");
    }
  }

  /**
   * The index of the explained row in the explained data, from 0.
   *
   * @return the row index
   */
  public int row() {
    return row;
  }

  /**
   * The index of the explained model output.
   *
   * @return the output index
   */
  public int targetIndex() {
    return targetIndex;
  }

  /**
   * The name of the explained output.
   *
   * @return a class label, or the numeric target's name
   */
  public String target() {
    return target;
  }

  /**
   * The expected output over the background: what the model says when no feature is known.
   *
   * @return the base value
   */
  public double baseValue() {
    return baseValue;
  }

  /**
   * The model's output for the row.
   *
   * @return the prediction
   */
  public double prediction() {
    return prediction;
  }

  /**
   * The number of explained features.
   *
   * @return the feature count
   */
  public int size() {
    return features.size();
  }

  /**
   * The explained features, in order.
   *
   * @return an unmodifiable list
   */
  public List<Feature> features() {
    return features;
  }

  /**
   * The row's value of each feature.
   *
   * @return a fresh array, encoded as in a dataset
   */
  public double[] featureValues() {
    return featureValues.clone();
  }

  /**
   * The row's value of one feature, printed as Weka prints it.
   *
   * @param feature the feature's position in {@link #features()}
   * @return the printed value, {@value Feature#MISSING} when missing
   */
  public String formattedValue(int feature) {
    return features.get(feature).format(featureValues[feature]);
  }

  /**
   * The attribution of each feature.
   *
   * @return a fresh array
   */
  public double[] attributions() {
    return attributions.clone();
  }

  /**
   * The attribution of one feature.
   *
   * @param feature the feature's position in {@link #features()}
   * @return the attribution
   */
  public double attribution(int feature) {
    return attributions[feature];
  }

  /**
   * The standard error of each attribution, for estimating methods.
   *
   * @return a fresh array, or empty for an exact method
   */
  public Optional<double[]> standardErrors() {
    return standardErrors == null ? Optional.empty() : Optional.of(standardErrors.clone());
  }

  /**
   * The method's name.
   *
   * @return such as {@code exact-shapley}
   */
  public String method() {
    return method;
  }

  /**
   * The method's settings, in display order.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> settings() {
    return settings;
  }

  private Explanation(Explanation base, Map<String, Double> extras) {
    this.row = base.row;
    this.targetIndex = base.targetIndex;
    this.target = base.target;
    this.baseValue = base.baseValue;
    this.prediction = base.prediction;
    this.features = base.features;
    this.featureValues = base.featureValues;
    this.attributions = base.attributions;
    this.standardErrors = base.standardErrors;
    this.method = base.method;
    this.settings = base.settings;
    this.extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * The same explanation with numbers that describe it as a whole, such as a local surrogate's
   * fidelity; writers print them as extra columns or fields after the standard ones.
   *
   * @param extras the numbers by name, in display order; names are lower-case words joined by
   *     underscores, such as {@code fidelity}; replaces any extras this explanation had
   * @return a new explanation
   * @throws IllegalArgumentException if a name is not such a word
   */
  public Explanation withExtras(Map<String, Double> extras) {
    for (String name : extras.keySet()) {
      if (!name.matches("[a-z][a-z0-9_]*")) {
        throw new IllegalArgumentException(
            "an extra's name must be lower-case letters, digits and underscores, got '"
                + name
                + "'");
      }
    }
    return new Explanation(this, extras);
  }

  /**
   * Numbers that describe the explanation as a whole rather than one feature, such as a local
   * surrogate's fidelity and intercept; empty for most methods.
   *
   * @return an unmodifiable map, in display order
   */
  public Map<String, Double> extras() {
    return extras;
  }

  @Override
  public String toString() {
    return "Explanation(row "
        + row
        + ", "
        + target
        + ", "
        + method
        + ", base "
        + baseValue
        + ", prediction "
        + prediction
        + ")";
  }
}
