package org.glasswing.core.uncertainty;

import java.util.List;

/**
 * How conformal prediction sets did on rows with known classes.
 *
 * @param rows the number of rows
 * @param alpha the miscoverage level asked for; coverage should be at least {@code 1 - alpha}
 * @param coverage the share of rows whose set holds the actual class
 * @param meanSetSize the mean number of classes per set
 * @param singletonRate the share of sets with exactly one class
 * @param emptyRate the share of empty sets
 * @param labels the class labels
 * @param rowsPerClass the number of rows of each actual class
 * @param coveragePerClass the coverage among the rows of each actual class; {@code NaN} for a class
 *     with no rows
 */
public record ConformalSummary(
    int rows,
    double alpha,
    double coverage,
    double meanSetSize,
    double singletonRate,
    double emptyRate,
    List<String> labels,
    List<Integer> rowsPerClass,
    List<Double> coveragePerClass) {

  /**
   * Copies the lists.
   *
   * @param rows the number of rows
   * @param alpha the level
   * @param coverage the coverage
   * @param meanSetSize the mean set size
   * @param singletonRate the share of singletons
   * @param emptyRate the share of empty sets
   * @param labels the labels
   * @param rowsPerClass the rows per class
   * @param coveragePerClass the coverage per class
   */
  public ConformalSummary {
    labels = List.copyOf(labels);
    rowsPerClass = List.copyOf(rowsPerClass);
    coveragePerClass = List.copyOf(coveragePerClass);
  }

  /**
   * Summarises prediction sets.
   *
   * @param sets one set per row
   * @param actual the actual class of each row
   * @param labels the class labels
   * @param alpha the level asked for
   * @return the summary
   */
  public static ConformalSummary of(
      List<PredictionSet> sets, int[] actual, List<String> labels, double alpha) {
    int n = sets.size();
    if (n == 0 || actual.length != n) {
      throw new IllegalArgumentException(
          "need one actual class per prediction set, and at least one set");
    }
    int k = labels.size();
    int[] count = new int[k];
    int[] covered = new int[k];
    double size = 0;
    int singletons = 0;
    int empty = 0;
    int hits = 0;
    for (int i = 0; i < n; i++) {
      PredictionSet set = sets.get(i);
      size += set.size();
      singletons += set.size() == 1 ? 1 : 0;
      empty += set.size() == 0 ? 1 : 0;
      boolean hit = set.contains(actual[i]);
      hits += hit ? 1 : 0;
      count[actual[i]]++;
      covered[actual[i]] += hit ? 1 : 0;
    }
    Integer[] rowsPerClass = new Integer[k];
    Double[] perClass = new Double[k];
    for (int c = 0; c < k; c++) {
      rowsPerClass[c] = count[c];
      perClass[c] = count[c] == 0 ? Double.NaN : (double) covered[c] / count[c];
    }
    return new ConformalSummary(
        n,
        alpha,
        (double) hits / n,
        size / n,
        (double) singletons / n,
        (double) empty / n,
        labels,
        List.of(rowsPerClass),
        List.of(perClass));
  }
}
