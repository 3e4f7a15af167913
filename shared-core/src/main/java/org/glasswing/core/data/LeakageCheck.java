package org.glasswing.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Does one attribute alone give the class away? A feature that predicts a nominal target almost
 * perfectly on its own is most often a copy or a consequence of the target (likely leakage: a score
 * computed from the outcome, a column the class was derived from), and explanations of a model
 * trained with it say little else.
 *
 * <p>Each input is scored by the accuracy of the best one-attribute rule on the rows with a known
 * class: for a numeric attribute, the best single threshold (a decision stump, missing values as a
 * group of their own); for a nominal one, the majority class of each label, counted only when the
 * attribute has at most half as many labels as rows (an identifier predicts its rows perfectly
 * without leaking anything). An attribute is flagged when that accuracy reaches {@link #THRESHOLD}
 * and beats the majority-class rate by a clear distance ({@link #MIN_GAIN}).
 */
public final class LeakageCheck {

  /** The one-attribute accuracy from which an attribute is flagged. */
  public static final double THRESHOLD = 0.99;

  /** How far above the majority-class rate that accuracy must be. */
  public static final double MIN_GAIN = 0.05;

  /**
   * One flagged attribute.
   *
   * @param column its column index
   * @param name its name
   * @param accuracy the accuracy of the best rule on it alone
   * @param baseline the majority-class rate
   */
  public record Suspect(int column, String name, double accuracy, double baseline) {}

  private LeakageCheck() {}

  /**
   * The attributes that alone predict the class almost perfectly, most accurate first.
   *
   * @param data rows with a nominal target
   * @return the suspects; empty when the target is numeric or has no known value
   */
  public static List<Suspect> suspects(Dataset data) {
    Schema schema = data.schema();
    int target = schema.targetIndex();
    if (target < 0 || !schema.target().isNominal()) {
      return List.of();
    }
    int classes = schema.target().labels().size();
    double[][] rows =
        Arrays.stream(data.rows()).filter(r -> !Double.isNaN(r[target])).toArray(double[][]::new);
    if (rows.length < 10) {
      return List.of();
    }
    int[] counts = new int[classes];
    for (double[] r : rows) {
      counts[(int) r[target]]++;
    }
    double baseline = (double) Arrays.stream(counts).max().orElse(0) / rows.length;
    List<Suspect> found = new ArrayList<>();
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      Optional<Double> accuracy =
          feature.isNominal()
              ? nominalAccuracy(rows, column, target, feature.labels().size(), classes)
              : Optional.of(stumpAccuracy(rows, column, target, classes));
      accuracy
          .filter(a -> a >= THRESHOLD && a >= baseline + MIN_GAIN)
          .ifPresent(a -> found.add(new Suspect(column, feature.name(), a, baseline)));
    }
    found.sort(Comparator.comparingDouble(Suspect::accuracy).reversed());
    return List.copyOf(found);
  }

  private static Optional<Double> nominalAccuracy(
      double[][] rows, int column, int target, int labels, int classes) {
    if (labels > rows.length / 2) {
      return Optional.empty();
    }
    int[][] counts = new int[labels + 1][classes]; // the last group holds missing values
    for (double[] r : rows) {
      int group = Double.isNaN(r[column]) ? labels : (int) r[column];
      counts[group][(int) r[target]]++;
    }
    long right = 0;
    for (int[] group : counts) {
      right += Arrays.stream(group).max().orElse(0);
    }
    return Optional.of((double) right / rows.length);
  }

  /** The best accuracy of "below t: class a, above: class b, missing: class c". */
  private static double stumpAccuracy(double[][] rows, int column, int target, int classes) {
    int[] missing = new int[classes];
    List<double[]> known = new ArrayList<>();
    for (double[] r : rows) {
      if (Double.isNaN(r[column])) {
        missing[(int) r[target]]++;
      } else {
        known.add(new double[] {r[column], r[target]});
      }
    }
    known.sort(Comparator.comparingDouble(p -> p[0]));
    int[] right = new int[classes];
    for (double[] p : known) {
      right[(int) p[1]]++;
    }
    int[] left = new int[classes];
    long best = max(right);
    for (int i = 0; i < known.size(); i++) {
      int c = (int) known.get(i)[1];
      left[c]++;
      right[c]--;
      boolean boundary = i + 1 == known.size() || known.get(i + 1)[0] > known.get(i)[0];
      if (boundary) {
        best = Math.max(best, max(left) + max(right));
      }
    }
    return (double) (best + max(missing)) / rows.length;
  }

  private static long max(int[] counts) {
    return Arrays.stream(counts).max().orElse(0);
  }
}
