package org.glasswing.core.data;

import java.util.Arrays;

/**
 * A distance between rows of mixed numeric and nominal columns, over the input columns of a schema
 * (the target is ignored). It is the mean over those columns of a per-column distance:
 *
 * <ul>
 *   <li>numeric: the absolute difference divided by the column's scale, which is its range for
 *       {@link #gower(Dataset) Gower's distance} (Gower, 1971; the term is then capped at 1) or its
 *       standard deviation for the {@link #standardised(Dataset) standardised distance}; a constant
 *       column contributes 0;
 *   <li>nominal: 0 when the labels match and 1 otherwise (overlap);
 *   <li>a missing value is at distance 0 from another missing value and 1 from any value.
 * </ul>
 *
 * <p>Scales are taken from a reference dataset once, so distances between any rows of the same
 * schema are comparable. Instances are immutable and safe to share between threads.
 */
public final class RowDistance {

  /** How numeric differences are scaled. */
  public enum Kind {
    /** Divided by the column's range and capped at 1 (Gower). */
    GOWER,
    /** Divided by the column's standard deviation. */
    STANDARDISED
  }

  private final Kind kind;
  private final int[] columns;
  private final boolean[] nominal;
  private final double[] scale;

  private RowDistance(Kind kind, int[] columns, boolean[] nominal, double[] scale) {
    this.kind = kind;
    this.columns = columns;
    this.nominal = nominal;
    this.scale = scale;
  }

  /**
   * Gower's distance with the numeric ranges of a dataset; every term and the result are in [0, 1].
   *
   * @param reference the data the ranges come from
   * @return the distance
   */
  public static RowDistance gower(Dataset reference) {
    return of(Kind.GOWER, reference);
  }

  /**
   * The standardised distance with the numeric standard deviations of a dataset.
   *
   * @param reference the data the standard deviations come from
   * @return the distance
   */
  public static RowDistance standardised(Dataset reference) {
    return of(Kind.STANDARDISED, reference);
  }

  /**
   * A distance of either kind.
   *
   * @param kind how numeric differences are scaled
   * @param reference the data the scales come from
   * @return the distance
   */
  public static RowDistance of(Kind kind, Dataset reference) {
    Schema schema = reference.schema();
    int[] columns = schema.inputIndices();
    boolean[] nominal = new boolean[columns.length];
    double[] scale = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      nominal[j] = schema.feature(columns[j]).isNominal();
      if (!nominal[j]) {
        scale[j] = numericScale(kind, reference.column(columns[j]));
      }
    }
    return new RowDistance(kind, columns, nominal, scale);
  }

  private static double numericScale(Kind kind, double[] values) {
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    if (present.length < 2) {
      return 0;
    }
    if (kind == Kind.GOWER) {
      double min = Arrays.stream(present).min().orElse(0);
      double max = Arrays.stream(present).max().orElse(0);
      return max > min ? max - min : 0;
    }
    double mean = Arrays.stream(present).average().orElse(0);
    double sum = 0;
    for (double v : present) {
      sum += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(sum / (present.length - 1));
    return sd > 0 ? sd : 0;
  }

  /**
   * How numeric differences are scaled.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The scale of an input column: its range or standard deviation, 0 for a constant or nominal
   * column.
   *
   * @param column a column index of the schema (not the position among the inputs)
   * @return the scale
   * @throws IllegalArgumentException if the column is not an input column
   */
  public double scale(int column) {
    for (int j = 0; j < columns.length; j++) {
      if (columns[j] == column) {
        return scale[j];
      }
    }
    throw new IllegalArgumentException("column " + column + " is not an input column");
  }

  /**
   * The per-column distance of one input column.
   *
   * @param column a column index of the schema
   * @param x a value of that column
   * @param y another value of that column
   * @return the term, before averaging over the columns
   */
  public double term(int column, double x, double y) {
    for (int j = 0; j < columns.length; j++) {
      if (columns[j] == column) {
        return termAt(j, x, y);
      }
    }
    throw new IllegalArgumentException("column " + column + " is not an input column");
  }

  private double termAt(int j, double x, double y) {
    boolean xMissing = Double.isNaN(x);
    boolean yMissing = Double.isNaN(y);
    if (xMissing || yMissing) {
      return xMissing && yMissing ? 0 : 1;
    }
    if (nominal[j]) {
      return x == y ? 0 : 1;
    }
    if (scale[j] <= 0) {
      return 0;
    }
    double d = Math.abs(x - y) / scale[j];
    return kind == Kind.GOWER ? Math.min(1, d) : d;
  }

  /**
   * The distance between two rows of the schema.
   *
   * @param a a row, as many values as the schema has columns
   * @param b another row
   * @return the mean per-column distance, 0 when there are no input columns
   */
  public double between(double[] a, double[] b) {
    if (columns.length == 0) {
      return 0;
    }
    double total = 0;
    for (int j = 0; j < columns.length; j++) {
      total += termAt(j, a[columns[j]], b[columns[j]]);
    }
    return total / columns.length;
  }
}
