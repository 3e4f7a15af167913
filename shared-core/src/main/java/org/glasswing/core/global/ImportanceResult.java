package org.glasswing.core.global;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.explain.GlobalImportance;

/**
 * The global importance of every input feature by one method. Immutable.
 *
 * @param method the method, such as {@code permutation}
 * @param measure what the importance measures, in plain words, such as {@code drop in accuracy}
 * @param reference the score of the intact model on the held-out rows; {@code NaN} when the method
 *     has none
 * @param scores one score per input feature, in the schema's order
 */
public record ImportanceResult(
    String method, String measure, double reference, List<ImportanceScore> scores) {

  /**
   * Copies the scores.
   *
   * @param method the method
   * @param measure what the importance measures
   * @param reference the intact model's score, or {@code NaN}
   * @param scores one score per input feature
   */
  public ImportanceResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(measure, "measure");
    scores = List.copyOf(scores);
  }

  /**
   * The scores, most important first; ties keep the schema's order.
   *
   * @return an unmodifiable list
   */
  public List<ImportanceScore> sorted() {
    return scores.stream()
        .sorted(Comparator.comparingDouble(ImportanceScore::importance).reversed())
        .toList();
  }

  /**
   * Mean absolute Shapley values as an importance result: the importance is the mean |value| over
   * the explained rows, {@code std} the standard deviation of |value| over the rows, and the
   * interval the Student-t interval for the mean.
   *
   * @param importance mean absolute attributions from {@link GlobalImportance#meanAbsolute}
   * @return the result, method {@code mean-abs-shapley}
   */
  public static ImportanceResult fromShapley(GlobalImportance importance) {
    int n = importance.count();
    List<ImportanceScore> scores =
        importance.importances().stream()
            .map(
                f -> {
                  double mean = f.meanAbsolute();
                  if (n < 2) {
                    return new ImportanceScore(f.feature(), mean, 0, mean, mean);
                  }
                  double se = f.standardError();
                  double half = Statistics.t975(n - 1) * se;
                  return new ImportanceScore(
                      f.feature(), mean, se * Math.sqrt(n), mean - half, mean + half);
                })
            .toList();
    return new ImportanceResult(
        "mean-abs-shapley",
        "mean |Shapley value| (" + importance.method() + ")",
        Double.NaN,
        scores);
  }
}
