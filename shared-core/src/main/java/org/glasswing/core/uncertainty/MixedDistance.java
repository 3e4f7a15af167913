package org.glasswing.core.uncertainty;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * A distance between rows of mixed attributes, over the input features (the target is ignored): the
 * Euclidean distance of numeric values standardised by the reference rows' mean and standard
 * deviation, where each nominal feature adds 1 when the labels differ (overlap) and 0 when they are
 * equal, and a missing value on either side adds 1 (as far as one standard deviation). A numeric
 * feature that is constant in the reference rows is divided by 1. Immutable.
 */
public final class MixedDistance {

  private final int[] inputs;
  private final boolean[] nominal;
  private final double[] mean;
  private final double[] scale;

  private MixedDistance(int[] inputs, boolean[] nominal, double[] mean, double[] scale) {
    this.inputs = inputs;
    this.nominal = nominal;
    this.mean = mean;
    this.scale = scale;
  }

  /**
   * Learns the standardisation from reference rows.
   *
   * @param reference the rows, usually the training data
   * @return the distance
   */
  public static MixedDistance fit(Dataset reference) {
    Schema schema = reference.schema();
    int[] inputs = schema.inputIndices();
    boolean[] nominal = new boolean[inputs.length];
    double[] mean = new double[inputs.length];
    double[] scale = new double[inputs.length];
    for (int j = 0; j < inputs.length; j++) {
      Feature feature = schema.feature(inputs[j]);
      nominal[j] = feature.isNominal();
      scale[j] = 1;
      if (!nominal[j]) {
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (int r = 0; r < reference.numRows(); r++) {
          double v = reference.value(r, inputs[j]);
          if (!Double.isNaN(v)) {
            sum += v;
            count++;
          }
        }
        mean[j] = count == 0 ? 0 : sum / count;
        for (int r = 0; r < reference.numRows(); r++) {
          double v = reference.value(r, inputs[j]);
          if (!Double.isNaN(v)) {
            sumSq += (v - mean[j]) * (v - mean[j]);
          }
        }
        double sd = count > 1 ? Math.sqrt(sumSq / (count - 1)) : 0;
        scale[j] = sd > 0 ? sd : 1;
      }
    }
    return new MixedDistance(inputs, nominal, mean, scale);
  }

  /**
   * The distance between two rows of the schema the distance was fitted on.
   *
   * @param a one row
   * @param b another row
   * @return the distance, non-negative
   */
  public double distance(double[] a, double[] b) {
    double sum = 0;
    for (int j = 0; j < inputs.length; j++) {
      double x = a[inputs[j]];
      double y = b[inputs[j]];
      if (Double.isNaN(x) || Double.isNaN(y)) {
        sum += 1;
      } else if (nominal[j]) {
        sum += x == y ? 0 : 1;
      } else {
        double d = (x - y) / scale[j];
        sum += d * d;
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * The distance between two rows if it is below a bound, else infinity; stops adding features as
   * soon as the bound is passed. Below the bound the value is exactly {@link #distance}'s (the same
   * sum in the same order).
   *
   * @param a one row
   * @param b another row
   * @param bound the bound; infinity never stops early
   * @return the distance, or {@link Double#POSITIVE_INFINITY} if it is clearly above the bound
   */
  double distanceBelow(double[] a, double[] b, double bound) {
    double limit = bound * bound * (1 + 1e-12);
    double sum = 0;
    for (int j = 0; j < inputs.length; j++) {
      double x = a[inputs[j]];
      double y = b[inputs[j]];
      if (Double.isNaN(x) || Double.isNaN(y)) {
        sum += 1;
      } else if (nominal[j]) {
        sum += x == y ? 0 : 1;
      } else {
        double d = (x - y) / scale[j];
        sum += d * d;
      }
      if (sum > limit) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * {@link #distanceBelow(double[], double[], double)} against a reference row whose input values
   * are packed, in input order, at {@code packed[offset ...]} (so that rows scanned one after the
   * other lie next to each other in memory). The same sum in the same order as {@link #distance}.
   *
   * @param a one row of the schema
   * @param packed input values of reference rows, one row after the other
   * @param offset where the reference row's first input value is
   * @param bound the bound; infinity never stops early
   * @return the distance, or {@link Double#POSITIVE_INFINITY} if it is clearly above the bound
   */
  double distanceBelow(double[] a, double[] packed, int offset, double bound) {
    double limit = bound * bound * (1 + 1e-12);
    double sum = 0;
    for (int j = 0; j < inputs.length; j++) {
      double x = a[inputs[j]];
      double y = packed[offset + j];
      if (Double.isNaN(x) || Double.isNaN(y)) {
        sum += 1;
      } else if (nominal[j]) {
        sum += x == y ? 0 : 1;
      } else {
        double d = (x - y) / scale[j];
        sum += d * d;
      }
      if (sum > limit) {
        return Double.POSITIVE_INFINITY;
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * The input features' indices.
   *
   * @return a copy
   */
  int[] inputs() {
    return inputs.clone();
  }

  /**
   * A numeric input's standardised value; 0 (the mean) when missing.
   *
   * @param j the position among the inputs
   * @param value the raw value
   * @return {@code (value - mean) / sd}
   */
  double standardised(int j, double value) {
    return Double.isNaN(value) ? 0 : (value - mean[j]) / scale[j];
  }

  /**
   * Whether an input is nominal.
   *
   * @param j the position among the inputs
   * @return true for a nominal input
   */
  boolean isNominal(int j) {
    return nominal[j];
  }

  /**
   * The distances from a row to the k nearest of some reference rows, ascending.
   *
   * @param row the row
   * @param reference the reference rows
   * @param k how many, at least 1 and at most the number of reference rows
   * @param skip a reference row to leave out (the row itself), or -1
   * @return the k smallest distances, ascending
   */
  double[] nearest(double[] row, double[][] reference, int k, int skip) {
    double[] best = new double[k];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int r = 0; r < reference.length; r++) {
      if (r == skip) {
        continue;
      }
      double d = distance(row, reference[r]);
      if (d < best[k - 1]) {
        int i = k - 1;
        while (i > 0 && best[i - 1] > d) {
          best[i] = best[i - 1];
          i--;
        }
        best[i] = d;
      }
    }
    return best;
  }
}
