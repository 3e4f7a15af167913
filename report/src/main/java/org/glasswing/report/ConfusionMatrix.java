package org.glasswing.report;

import java.util.List;
import java.util.Objects;

/**
 * How a classifier's predictions compare with the actual classes: {@code count(actual, predicted)}
 * rows, possibly weighted (hence doubles, as in Weka). Immutable.
 */
public final class ConfusionMatrix {

  private final List<String> labels;
  private final double[][] counts;

  /**
   * Creates a confusion matrix, copying the counts.
   *
   * @param labels the class labels, in index order
   * @param counts a square array: {@code counts[actual][predicted]}, finite and non-negative
   * @throws IllegalArgumentException if the array is not square with one row per label, if a count
   *     is negative or not finite, or if all counts are zero
   */
  public ConfusionMatrix(List<String> labels, double[][] counts) {
    this.labels = List.copyOf(labels);
    int k = this.labels.size();
    if (k == 0) {
      throw new IllegalArgumentException("a confusion matrix needs at least one class label");
    }
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "the confusion matrix has " + counts.length + " rows but there are " + k + " labels");
    }
    this.counts = new double[k][];
    double total = 0;
    for (int a = 0; a < k; a++) {
      if (counts[a].length != k) {
        throw new IllegalArgumentException(
            "row "
                + (a + 1)
                + " of the confusion matrix has "
                + counts[a].length
                + " counts but there are "
                + k
                + " labels");
      }
      this.counts[a] = counts[a].clone();
      for (double count : this.counts[a]) {
        if (!Double.isFinite(count) || count < 0) {
          throw new IllegalArgumentException(
              "confusion matrix count " + count + " is not a non-negative number");
        }
        total += count;
      }
    }
    if (total == 0) {
      throw new IllegalArgumentException("the confusion matrix counts no rows");
    }
  }

  /**
   * The class labels, in index order.
   *
   * @return an unmodifiable list
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The number of classes.
   *
   * @return the label count
   */
  public int size() {
    return labels.size();
  }

  /**
   * One count.
   *
   * @param actual the actual class index
   * @param predicted the predicted class index
   * @return the number (or weight) of rows of that actual class predicted as that class
   */
  public double count(int actual, int predicted) {
    return counts[actual][predicted];
  }

  /**
   * A copy of all counts.
   *
   * @return fresh arrays, {@code [actual][predicted]}
   */
  public double[][] counts() {
    double[][] copy = new double[counts.length][];
    for (int a = 0; a < counts.length; a++) {
      copy[a] = counts[a].clone();
    }
    return copy;
  }

  /**
   * The number of rows of one actual class.
   *
   * @param actual the actual class index
   * @return the row sum
   */
  public double actualTotal(int actual) {
    double sum = 0;
    for (double count : counts[actual]) {
      sum += count;
    }
    return sum;
  }

  /**
   * The number of rows predicted as one class.
   *
   * @param predicted the predicted class index
   * @return the column sum
   */
  public double predictedTotal(int predicted) {
    double sum = 0;
    for (double[] row : counts) {
      sum += row[predicted];
    }
    return sum;
  }

  /**
   * The number of rows counted.
   *
   * @return the sum of all counts, positive
   */
  public double total() {
    double sum = 0;
    for (int a = 0; a < counts.length; a++) {
      sum += actualTotal(a);
    }
    return sum;
  }

  /**
   * The number of rows predicted correctly.
   *
   * @return the sum of the diagonal
   */
  public double correct() {
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  /**
   * The fraction of rows predicted correctly.
   *
   * @return {@link #correct()} divided by {@link #total()}
   */
  public double accuracy() {
    return correct() / total();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix other
        && labels.equals(other.labels)
        && java.util.Arrays.deepEquals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, java.util.Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return "ConfusionMatrix(" + labels + ", accuracy " + accuracy() + ")";
  }
}
