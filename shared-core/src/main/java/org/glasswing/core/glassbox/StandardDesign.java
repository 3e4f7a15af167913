package org.glasswing.core.glassbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * The standardised design matrix of a linear model: one column per numeric input and one indicator
 * column per label of a nominal input (one-hot; a two-label input gets only its second label's
 * indicator, since the two would be exact opposites after centring), each centred to mean 0 and
 * scaled to standard deviation 1 over the training rows (population standard deviation, as glmnet
 * does). A missing value counts as the column's mean, that is 0 after standardising. A constant
 * column keeps scale 1 and so stays 0 everywhere. Immutable.
 */
public final class StandardDesign {

  private final Schema schema;
  private final int[] sources;
  private final int[] labels;
  private final double[] means;
  private final double[] scales;

  private StandardDesign(
      Schema schema, int[] sources, int[] labels, double[] means, double[] scales) {
    this.schema = schema;
    this.sources = sources;
    this.labels = labels;
    this.means = means;
    this.scales = scales;
  }

  /**
   * Fits the columns, means and scales to the training rows.
   *
   * @param data the rows
   * @return the design
   */
  public static StandardDesign fit(Dataset data) {
    Schema schema = data.schema();
    List<int[]> columns = new ArrayList<>();
    for (int c : schema.inputIndices()) {
      Feature f = schema.feature(c);
      if (f.isNominal()) {
        for (int l = f.labels().size() == 2 ? 1 : 0; l < f.labels().size(); l++) {
          columns.add(new int[] {c, l});
        }
      } else {
        columns.add(new int[] {c, -1});
      }
    }
    int p = columns.size();
    int[] sources = new int[p];
    int[] labels = new int[p];
    for (int j = 0; j < p; j++) {
      sources[j] = columns.get(j)[0];
      labels[j] = columns.get(j)[1];
    }
    double[] means = new double[p];
    double[] scales = new double[p];
    Arrays.fill(scales, 1);
    StandardDesign raw = new StandardDesign(schema, sources, labels, new double[p], scales.clone());
    int n = data.numRows();
    double[][] values = new double[p][n];
    for (int r = 0; r < n; r++) {
      double[] row = raw.raw(data.row(r));
      for (int j = 0; j < p; j++) {
        values[j][r] = row[j];
      }
    }
    for (int j = 0; j < p; j++) {
      double sum = 0;
      int count = 0;
      for (double v : values[j]) {
        if (!Double.isNaN(v)) {
          sum += v;
          count++;
        }
      }
      means[j] = count == 0 ? 0 : sum / count;
      double squares = 0;
      for (double v : values[j]) {
        double d = Double.isNaN(v) ? 0 : v - means[j];
        squares += d * d;
      }
      double sd = n == 0 ? 0 : Math.sqrt(squares / n);
      scales[j] = sd > 1e-12 ? sd : 1;
    }
    return new StandardDesign(schema, sources, labels, means, scales);
  }

  /**
   * Rebuilds a design from its saved parts.
   *
   * @param schema the columns of the data
   * @param sources for each design column, the data column it comes from
   * @param labels for each design column, the label it indicates, or -1 for a numeric one
   * @param means the training means
   * @param scales the training standard deviations (1 for a constant column)
   * @return the design
   */
  public static StandardDesign of(
      Schema schema, int[] sources, int[] labels, double[] means, double[] scales) {
    int p = sources.length;
    if (labels.length != p || means.length != p || scales.length != p) {
      throw new IllegalArgumentException("the parts of a design must have the same length");
    }
    return new StandardDesign(
        schema, sources.clone(), labels.clone(), means.clone(), scales.clone());
  }

  /** A row's design values before standardising; NaN for a missing value. */
  private double[] raw(double[] row) {
    double[] out = new double[sources.length];
    for (int j = 0; j < sources.length; j++) {
      double v = row[sources[j]];
      out[j] = labels[j] < 0 || Double.isNaN(v) ? v : (v == labels[j] ? 1 : 0);
    }
    return out;
  }

  /**
   * A row's standardised design values.
   *
   * @param row a row of the data's schema
   * @return one value per design column
   */
  public double[] encode(double[] row) {
    double[] out = raw(row);
    for (int j = 0; j < out.length; j++) {
      out[j] = Double.isNaN(out[j]) ? 0 : (out[j] - means[j]) / scales[j];
    }
    return out;
  }

  /**
   * The standardised matrix of some rows, column by column.
   *
   * @param data the rows
   * @return {@code [design column][row]}
   */
  public double[][] columnsOf(Dataset data) {
    int n = data.numRows();
    double[][] x = new double[size()][n];
    for (int r = 0; r < n; r++) {
      double[] e = encode(data.row(r));
      for (int j = 0; j < e.length; j++) {
        x[j][r] = e[j];
      }
    }
    return x;
  }

  /**
   * The number of design columns.
   *
   * @return the count
   */
  public int size() {
    return sources.length;
  }

  /**
   * A design column's name: the attribute's, or {@code attribute=label} for an indicator.
   *
   * @param j the design column
   * @return the name
   */
  public String name(int j) {
    Feature f = schema.feature(sources[j]);
    return labels[j] < 0 ? f.name() : f.name() + "=" + f.labels().get(labels[j]);
  }

  /**
   * The data column a design column comes from.
   *
   * @param j the design column
   * @return the data column
   */
  public int source(int j) {
    return sources[j];
  }

  /**
   * The label a design column indicates.
   *
   * @param j the design column
   * @return the label index, or -1 for a numeric column
   */
  public int label(int j) {
    return labels[j];
  }

  /**
   * A design column's training mean (before standardising).
   *
   * @param j the design column
   * @return the mean
   */
  public double mean(int j) {
    return means[j];
  }

  /**
   * A design column's training standard deviation, 1 for a constant column.
   *
   * @param j the design column
   * @return the scale
   */
  public double scale(int j) {
    return scales[j];
  }

  /**
   * The columns of the data.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }
}
