package org.glasswing.knime.table;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;

/**
 * What an explainer loop end reads from the loop body: the predictor's prediction columns, for
 * exactly the rows its loop start sent, in order. A classifier's are its probability columns ("P
 * (class=yes)", each checked to lie in [0, 1]); a regression predictor's is its numeric prediction
 * ("Prediction (price)", checked to be a number). This is the one reader of prediction columns for
 * every loop.
 */
public final class LoopAnswers {

  /** The prefix of the probability columns KNIME's predictors write, such as "P (class=good)". */
  public static final String PROBABILITY_PREFIX = "P (";

  /** The prefix of the column KNIME's regression predictors write, such as "Prediction (y)". */
  public static final String PREDICTION_PREFIX = "Prediction (";

  private LoopAnswers() {}

  /**
   * Whether a prediction column is read as a class probability (otherwise as a regression
   * prediction).
   *
   * @param column the column name
   * @return true for a "P (...)" column
   */
  public static boolean isProbability(String column) {
    return column.startsWith(PROBABILITY_PREFIX);
  }

  private static String kind(String column) {
    return isProbability(column) ? "probability column" : "prediction column";
  }

  /**
   * The prediction columns to read.
   *
   * @param spec the loop body's output spec
   * @param chosen comma-separated names (probability or numeric prediction columns), or blank for
   *     every numeric "P (...)" column or, when there is none, every numeric "Prediction (...)"
   *     column
   * @return the names, in the given or the table's order
   * @throws InvalidSettingsException naming a column that is missing or not numeric, or if there is
   *     no prediction column
   */
  public static List<String> probabilityColumns(DataTableSpec spec, String chosen)
      throws InvalidSettingsException {
    List<String> names = new ArrayList<>();
    String list = chosen == null ? "" : chosen.trim();
    if (list.isEmpty()) {
      for (String prefix : List.of(PROBABILITY_PREFIX, PREDICTION_PREFIX)) {
        for (DataColumnSpec column : spec) {
          if (column.getName().startsWith(prefix)
              && column.getType().isCompatible(DoubleValue.class)) {
            names.add(column.getName());
          }
        }
        if (!names.isEmpty()) {
          return names;
        }
      }
      throw new InvalidSettingsException(
          "the loop body's output has no probability column (a numeric column named 'P (...)')"
              + " and no regression prediction (a numeric column named 'Prediction (...)');"
              + " name the prediction columns in the settings");
    }
    for (String name : list.split(",")) {
      String column = name.trim();
      DataColumnSpec found = spec.getColumnSpec(column);
      if (found == null) {
        throw new InvalidSettingsException(
            "the "
                + kind(column)
                + " '"
                + Messages.quoted(column)
                + "' is not in the loop body's output");
      }
      if (!found.getType().isCompatible(DoubleValue.class)) {
        throw new InvalidSettingsException(
            "the " + kind(column) + " '" + Messages.quoted(column) + "' is not numeric");
      }
      names.add(column);
    }
    return names;
  }

  /**
   * Reads the predictions of the rows the loop start sent.
   *
   * @param predictions the loop body's output
   * @param outputs the prediction columns
   * @param expectedKeys the keys of the rows the loop start sent, in order
   * @param exec checked for cancellation
   * @return one row of predictions per sent row
   * @throws IllegalArgumentException if rows were dropped or reordered, a probability is missing or
   *     outside [0, 1], or a regression prediction is missing or not finite (naming the column and
   *     row)
   * @throws CanceledExecutionException if cancelled
   */
  public static double[][] read(
      BufferedDataTable predictions,
      List<String> outputs,
      RowKey[] expectedKeys,
      ExecutionMonitor exec)
      throws CanceledExecutionException {
    if (predictions.size() != expectedKeys.length) {
      throw new IllegalArgumentException(
          "the loop body returned "
              + predictions.size()
              + " rows but the loop start sent "
              + expectedKeys.length
              + "; the predictor must keep every row, in order");
    }
    DataTableSpec spec = predictions.getDataTableSpec();
    int[] index = new int[outputs.size()];
    for (int o = 0; o < index.length; o++) {
      index[o] = spec.findColumnIndex(outputs.get(o));
    }
    double[][] answers = new double[expectedKeys.length][];
    int r = 0;
    for (DataRow row : predictions) {
      if (r % 1024 == 0) {
        exec.checkCanceled();
      }
      if (!row.getKey().equals(expectedKeys[r])) {
        throw new IllegalArgumentException(
            "row "
                + (r + 1)
                + " of the loop body's output is '"
                + Messages.quoted(row.getKey())
                + "' but the loop start sent '"
                + Messages.quoted(expectedKeys[r])
                + "'; the predictor must keep every row, in order");
      }
      double[] answer = new double[index.length];
      for (int o = 0; o < index.length; o++) {
        DataCell cell = row.getCell(index[o]);
        double p = cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
        boolean probability = isProbability(outputs.get(o));
        if (probability ? !(p >= 0 && p <= 1) : !Double.isFinite(p)) {
          throw new IllegalArgumentException(
              "the "
                  + kind(outputs.get(o))
                  + " '"
                  + Messages.quoted(outputs.get(o))
                  + "' holds "
                  + (cell.isMissing() ? "a missing value" : Double.toString(p))
                  + " in row '"
                  + Messages.quoted(row.getKey())
                  + (probability
                      ? "'; probabilities must lie in [0, 1]"
                      : "'; a regression prediction must be a finite number"));
        }
        answer[o] = p;
      }
      answers[r++] = answer;
    }
    return answers;
  }
}
