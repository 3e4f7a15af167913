package org.glasswing.report;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;

/**
 * What one column of a dataset holds: missing values, and the range and mean of a numeric column or
 * the label counts of a nominal one.
 */
record ColumnSummary(
    Feature feature, int missing, double min, double mean, double max, double[] labelCounts) {

  static ColumnSummary of(Dataset data, int column) {
    Feature feature = data.schema().feature(column);
    double[] values = data.column(column);
    int missing = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    double[] labelCounts = new double[feature.labels().size()];
    for (double value : values) {
      if (Double.isNaN(value)) {
        missing++;
      } else if (feature.isNominal()) {
        labelCounts[(int) value]++;
      } else {
        min = Math.min(min, value);
        max = Math.max(max, value);
        sum += value;
      }
    }
    int present = values.length - missing;
    if (feature.isNominal() || present == 0) {
      return new ColumnSummary(feature, missing, Double.NaN, Double.NaN, Double.NaN, labelCounts);
    }
    return new ColumnSummary(feature, missing, min, sum / present, max, labelCounts);
  }

  /** The index of the most frequent label, the first one on ties; -1 if no label occurs. */
  int mostFrequentLabel() {
    int best = -1;
    for (int i = 0; i < labelCounts.length; i++) {
      if (labelCounts[i] > 0 && (best < 0 || labelCounts[i] > labelCounts[best])) {
        best = i;
      }
    }
    return best;
  }
}
