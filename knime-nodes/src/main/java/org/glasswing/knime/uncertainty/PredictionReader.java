package org.glasswing.knime.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.knime.table.Messages;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * Reads the probability columns (and the class column, when given) of a prediction table, checking
 * every cell: probabilities in [0, 1] and summing to 1, each actual class one of the labels.
 *
 * @param keys the row keys, in order
 * @param probabilities one probability vector per row, in the order of the columns' labels
 * @param actual the actual class index of each row, or {@code null} without a class column
 */
public record PredictionReader(List<RowKey> keys, double[][] probabilities, int[] actual) {

  /**
   * Copies the keys.
   *
   * @param keys the keys
   * @param probabilities the probabilities
   * @param actual the actual classes or {@code null}
   */
  public PredictionReader {
    keys = List.copyOf(keys);
  }

  /**
   * Reads a table.
   *
   * @param table the table
   * @param columns its prediction columns
   * @param exec for cancellation and progress, the reading being the first half of the work
   * @return the rows read
   * @throws InvalidSettingsException naming the row and column of a bad cell, or if there are no
   *     rows
   * @throws CanceledExecutionException if cancelled
   */
  public static PredictionReader read(
      BufferedDataTable table, PredictionColumns columns, ExecutionMonitor exec)
      throws InvalidSettingsException, CanceledExecutionException {
    DataTableSpec spec = table.getDataTableSpec();
    int k = columns.probabilityColumns().size();
    int[] index = new int[k];
    for (int c = 0; c < k; c++) {
      index[c] =
          spec.findColumnIndex(
              PredictionColumns.checkProbabilityColumn(spec, columns.probabilityColumns().get(c)));
    }
    int classIndex =
        columns.classColumn() == null ? -1 : spec.findColumnIndex(columns.classColumn());
    if (columns.classColumn() != null && classIndex < 0) {
      throw new InvalidSettingsException(
          "the class column '"
              + Messages.quoted(columns.classColumn())
              + "' is not in the input table");
    }
    long size = table.size();
    if (size == 0) {
      throw new InvalidSettingsException("the input table has no rows");
    }
    List<RowKey> keys = new ArrayList<>();
    List<double[]> probabilities = new ArrayList<>();
    List<Integer> actual = new ArrayList<>();
    for (DataRow row : table) {
      if (keys.size() % 1024 == 0) {
        exec.checkCanceled();
        exec.setProgress(0.5 * keys.size() / size, "reading row " + (keys.size() + 1));
      }
      double[] p = new double[k];
      double sum = 0;
      for (int c = 0; c < k; c++) {
        DataCell cell = row.getCell(index[c]);
        double v = cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
        if (!(v >= 0 && v <= 1)) {
          throw new InvalidSettingsException(
              "the probability column '"
                  + Messages.quoted(columns.probabilityColumns().get(c))
                  + "' holds "
                  + (cell.isMissing() ? "a missing value" : Double.toString(v))
                  + " in row '"
                  + Messages.quoted(row.getKey())
                  + "'; probabilities must lie in [0, 1]");
        }
        p[c] = v;
        sum += v;
      }
      if (Math.abs(sum - 1) > ClassPredictions.SUM_TOLERANCE) {
        throw new InvalidSettingsException(
            "the probabilities of row '"
                + Messages.quoted(row.getKey())
                + "' sum to "
                + sum
                + ", not 1; choose the probability column of every class");
      }
      if (classIndex >= 0) {
        actual.add(actualClass(row, classIndex, columns));
      }
      keys.add(row.getKey());
      probabilities.add(p);
    }
    return new PredictionReader(
        keys,
        probabilities.toArray(new double[0][]),
        classIndex < 0 ? null : actual.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int actualClass(DataRow row, int classIndex, PredictionColumns columns)
      throws InvalidSettingsException {
    DataCell cell = row.getCell(classIndex);
    if (cell.isMissing()) {
      throw new InvalidSettingsException(
          "the class column '"
              + Messages.quoted(columns.classColumn())
              + "' has a missing value in row '"
              + Messages.quoted(row.getKey())
              + "'; remove such rows first");
    }
    String label = ((StringValue) cell).getStringValue();
    int y = columns.labels().indexOf(label);
    if (y < 0) {
      throw new InvalidSettingsException(
          "row '"
              + Messages.quoted(row.getKey())
              + "' has the class '"
              + Messages.quoted(label)
              + "', which has no probability column (the columns stand for "
              + Messages.quoted(String.join(", ", columns.labels()))
              + ")");
    }
    return y;
  }

  /**
   * The rows as core predictions with their actual classes.
   *
   * @param columns the columns read
   * @return the predictions
   * @throws IllegalStateException if the table was read without a class column
   */
  public ClassPredictions predictions(PredictionColumns columns) {
    if (actual == null) {
      throw new IllegalStateException("read without a class column");
    }
    return new ClassPredictions(columns.labels(), probabilities, actual);
  }
}
