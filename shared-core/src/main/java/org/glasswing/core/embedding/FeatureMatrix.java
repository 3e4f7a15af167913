package org.glasswing.core.embedding;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * The input columns of a dataset as numbers for PCA: each numeric column standardised (mean 0,
 * sample standard deviation 1; a missing value becomes 0, the mean), each nominal column one
 * indicator per label divided by √2, so that two rows differing in one nominal column are as far
 * apart (squared distance 1) as rows one standard deviation apart in a numeric column. A missing
 * nominal value has every indicator 0. The target is left out.
 */
public final class FeatureMatrix {

  private FeatureMatrix() {}

  /**
   * Encodes the rows.
   *
   * @param data the rows
   * @return one numeric vector per row
   */
  public static double[][] encode(Dataset data) {
    Schema schema = data.schema();
    List<double[]> columns = new ArrayList<>();
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      double[] values = data.column(column);
      if (feature.isNominal()) {
        for (int label = 0; label < feature.labels().size(); label++) {
          double[] indicator = new double[values.length];
          for (int r = 0; r < values.length; r++) {
            indicator[r] = values[r] == label ? Math.sqrt(0.5) : 0;
          }
          columns.add(indicator);
        }
      } else {
        double sum = 0;
        int count = 0;
        for (double v : values) {
          if (!Double.isNaN(v)) {
            sum += v;
            count++;
          }
        }
        double mean = count == 0 ? 0 : sum / count;
        double squares = 0;
        for (double v : values) {
          if (!Double.isNaN(v)) {
            squares += (v - mean) * (v - mean);
          }
        }
        double sd = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
        double[] z = new double[values.length];
        for (int r = 0; r < values.length; r++) {
          z[r] = Double.isNaN(values[r]) || sd == 0 ? 0 : (values[r] - mean) / sd;
        }
        columns.add(z);
      }
    }
    double[][] matrix = new double[data.numRows()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      double[] column = columns.get(c);
      for (int r = 0; r < matrix.length; r++) {
        matrix[r][c] = column[r];
      }
    }
    return matrix;
  }
}
