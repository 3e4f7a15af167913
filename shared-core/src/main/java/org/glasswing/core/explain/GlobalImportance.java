package org.glasswing.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.glasswing.core.data.Feature;

/**
 * How much each feature matters over many rows: the mean absolute attribution of each feature over
 * a list of local explanations made by one method for the same features, with the standard error of
 * that mean. Immutable.
 *
 * <p>The standard error measures how much the mean would move with other rows drawn from the same
 * population (it is the sample standard deviation of the absolute attributions divided by the
 * square root of their count). It does not include the estimation error of each attribution.
 */
public final class GlobalImportance {

  /**
   * The importance of one feature.
   *
   * @param feature the feature
   * @param meanAbsolute the mean absolute attribution over the explanations
   * @param standardError the standard error of that mean; {@code NaN} for a single explanation
   */
  public record FeatureImportance(Feature feature, double meanAbsolute, double standardError) {

    /**
     * Checks the feature is given.
     *
     * @param feature the feature
     * @param meanAbsolute the mean absolute attribution
     * @param standardError its standard error
     */
    public FeatureImportance {
      Objects.requireNonNull(feature, "feature");
    }
  }

  private final String method;
  private final List<String> targets;
  private final int count;
  private final List<FeatureImportance> importances;

  private GlobalImportance(
      String method, List<String> targets, int count, List<FeatureImportance> importances) {
    this.method = method;
    this.targets = List.copyOf(targets);
    this.count = count;
    this.importances = List.copyOf(importances);
  }

  /**
   * Averages the absolute attributions of explanations, feature by feature.
   *
   * @param explanations explanations by one method of the same features, in any order
   * @return the importance of each feature
   * @throws IllegalArgumentException if the list is empty, if the explanations differ in method or
   *     features, or if an attribution is not a finite number
   */
  public static GlobalImportance meanAbsolute(List<Explanation> explanations) {
    if (explanations.isEmpty()) {
      throw new IllegalArgumentException(
          "global importance needs at least one explanation, but the list is empty");
    }
    Explanation first = explanations.get(0);
    List<Feature> features = first.features();
    int n = explanations.size();
    int p = features.size();
    double[][] absolute = new double[p][n];
    Set<String> targets = new LinkedHashSet<>();
    for (int e = 0; e < n; e++) {
      Explanation explanation = explanations.get(e);
      checkSameKind(first, explanation, e);
      targets.add(explanation.target());
      for (int f = 0; f < p; f++) {
        double attribution = explanation.attribution(f);
        if (!Double.isFinite(attribution)) {
          throw new IllegalArgumentException(
              "explanation "
                  + (e + 1)
                  + " (row "
                  + explanation.row()
                  + ") has attribution "
                  + attribution
                  + " for feature '"
                  + features.get(f).name()
                  + "'");
        }
        absolute[f][e] = Math.abs(attribution);
      }
    }
    List<FeatureImportance> importances = new ArrayList<>(p);
    for (int f = 0; f < p; f++) {
      importances.add(
          new FeatureImportance(features.get(f), mean(absolute[f]), standardError(absolute[f])));
    }
    return new GlobalImportance(first.method(), new ArrayList<>(targets), n, importances);
  }

  private static void checkSameKind(Explanation first, Explanation other, int index) {
    if (!first.method().equals(other.method())) {
      throw new IllegalArgumentException(
          "explanation "
              + (index + 1)
              + " was made by '"
              + other.method()
              + "' but explanation 1 by '"
              + first.method()
              + "': global importance averages one method only");
    }
    if (!first.features().equals(other.features())) {
      throw new IllegalArgumentException(
          "explanation "
              + (index + 1)
              + " explains features "
              + names(other.features())
              + " but explanation 1 explains "
              + names(first.features()));
    }
  }

  private static List<String> names(List<Feature> features) {
    return features.stream().map(Feature::name).toList();
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  private static double standardError(double[] values) {
    int n = values.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
  }

  /**
   * The method that made the averaged explanations.
   *
   * @return such as {@code exact-shapley}
   */
  public String method() {
    return method;
  }

  /**
   * The explained outputs, in the order first met; several when, say, each row's predicted class
   * was explained.
   *
   * @return an unmodifiable list of distinct output names
   */
  public List<String> targets() {
    return targets;
  }

  /**
   * The number of averaged explanations.
   *
   * @return the count, at least 1
   */
  public int count() {
    return count;
  }

  /**
   * The importance of each feature, in the explanations' feature order.
   *
   * @return an unmodifiable list
   */
  public List<FeatureImportance> importances() {
    return importances;
  }

  /**
   * The importance of each feature, most important first; ties keep the feature order.
   *
   * @return an unmodifiable list
   */
  public List<FeatureImportance> sortedByImportance() {
    return importances.stream()
        .sorted(Comparator.comparingDouble(FeatureImportance::meanAbsolute).reversed())
        .toList();
  }

  @Override
  public String toString() {
    return "GlobalImportance(" + method + ", " + count + " explanations, " + importances + ")";
  }
}
