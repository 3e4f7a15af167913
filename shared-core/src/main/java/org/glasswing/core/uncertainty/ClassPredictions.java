package org.glasswing.core.uncertainty;

import java.util.List;
import java.util.Objects;

/**
 * Class-probability predictions for some rows together with their actual classes: the input of the
 * calibration metrics, the calibrators and conformal calibration. Immutable; the arrays are copied
 * in and out.
 */
public final class ClassPredictions {

  /** How far a probability vector may sum away from 1 before it is refused. */
  public static final double SUM_TOLERANCE = 1e-6;

  private final List<String> labels;
  private final double[][] probabilities;
  private final int[] actual;

  /**
   * Creates the predictions; each probability vector is divided by its sum, so that it sums to
   * exactly 1.
   *
   * @param labels the class labels in index order, at least two
   * @param probabilities one vector per row, one probability per label, non-negative and summing to
   *     1 (within {@value #SUM_TOLERANCE})
   * @param actual the actual class index of each row
   * @throws IllegalArgumentException if there are fewer than two labels, no rows, a vector of the
   *     wrong length, a probability outside [0, 1] or not a number, a vector not summing to 1, or a
   *     class index outside the labels
   */
  public ClassPredictions(List<String> labels, double[][] probabilities, int[] actual) {
    this.labels = List.copyOf(labels);
    int k = this.labels.size();
    if (k < 2) {
      throw new IllegalArgumentException("class probabilities need at least two classes, got " + k);
    }
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("there are no predictions");
    }
    if (actual.length != probabilities.length) {
      throw new IllegalArgumentException(
          "there are "
              + probabilities.length
              + " probability vectors but "
              + actual.length
              + " actual classes");
    }
    this.probabilities = new double[probabilities.length][];
    for (int r = 0; r < probabilities.length; r++) {
      this.probabilities[r] = normalised(probabilities[r], k, r);
      if (actual[r] < 0 || actual[r] >= k) {
        throw new IllegalArgumentException(
            "row "
                + (r + 1)
                + " has the actual class index "
                + actual[r]
                + ", outside the "
                + k
                + " classes");
      }
    }
    this.actual = actual.clone();
  }

  /**
   * Checks one probability vector and divides it by its sum.
   *
   * @param p the vector
   * @param k the number of classes
   * @param row the 0-based row, for messages
   * @return a normalised copy
   */
  static double[] normalised(double[] p, int k, int row) {
    Objects.requireNonNull(p, "probabilities");
    if (p.length != k) {
      throw new IllegalArgumentException(
          "row "
              + (row + 1)
              + " has "
              + p.length
              + " probabilities but there are "
              + k
              + " classes");
    }
    double sum = 0;
    for (double v : p) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(
            "row " + (row + 1) + " has the probability " + v + ", which is not in [0, 1]");
      }
      sum += v;
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "the probabilities of row " + (row + 1) + " sum to " + sum + ", not 1");
    }
    double[] copy = new double[k];
    for (int c = 0; c < k; c++) {
      copy[c] = p[c] / sum;
    }
    return copy;
  }

  /**
   * The class labels.
   *
   * @return the labels in index order
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The number of classes.
   *
   * @return at least 2
   */
  public int numClasses() {
    return labels.size();
  }

  /**
   * The number of rows.
   *
   * @return at least 1
   */
  public int size() {
    return actual.length;
  }

  /**
   * The probability vector of one row.
   *
   * @param row the 0-based row
   * @return a copy, summing to 1
   */
  public double[] probabilities(int row) {
    return probabilities[row].clone();
  }

  /**
   * All probability vectors.
   *
   * @return a deep copy, one vector per row
   */
  public double[][] probabilities() {
    double[][] copy = new double[probabilities.length][];
    for (int r = 0; r < copy.length; r++) {
      copy[r] = probabilities[r].clone();
    }
    return copy;
  }

  /**
   * The actual class of one row.
   *
   * @param row the 0-based row
   * @return its class index
   */
  public int actual(int row) {
    return actual[row];
  }

  /**
   * The actual classes.
   *
   * @return a copy, one class index per row
   */
  public int[] actual() {
    return actual.clone();
  }

  /**
   * The same rows with other probabilities, such as calibrated ones.
   *
   * @param newProbabilities one vector per row
   * @return new predictions with these probabilities and the same labels and actual classes
   */
  public ClassPredictions withProbabilities(double[][] newProbabilities) {
    return new ClassPredictions(labels, newProbabilities, actual);
  }

  /**
   * Some rows of these predictions.
   *
   * @param rows 0-based row indices
   * @return the selected rows, in the given order
   */
  public ClassPredictions select(int[] rows) {
    double[][] p = new double[rows.length][];
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      p[i] = probabilities[rows[i]];
      y[i] = actual[rows[i]];
    }
    return new ClassPredictions(labels, p, y);
  }

  /**
   * The number of distinct actual classes present.
   *
   * @return from 1 to {@link #numClasses()}
   */
  public int classesPresent() {
    boolean[] seen = new boolean[numClasses()];
    int count = 0;
    for (int y : actual) {
      if (!seen[y]) {
        seen[y] = true;
        count++;
      }
    }
    return count;
  }
}
