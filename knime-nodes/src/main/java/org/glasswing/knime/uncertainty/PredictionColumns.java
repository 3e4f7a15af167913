package org.glasswing.knime.uncertainty;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.knime.table.Messages;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;

/**
 * The columns of a prediction table: the probability columns of the classes, in order, with the
 * class label each stands for, and optionally the column of actual classes.
 *
 * @param classColumn the column of actual classes, or {@code null} when not used
 * @param probabilityColumns the probability columns, one per class, at least two
 * @param labels the class label of each probability column
 */
public record PredictionColumns(
    String classColumn, List<String> probabilityColumns, List<String> labels) {

  /** The prefix of the probability columns KNIME's predictors write, such as "P (class=good)". */
  public static final String PROBABILITY_PREFIX = "P (";

  /**
   * Copies the lists.
   *
   * @param classColumn the class column or {@code null}
   * @param probabilityColumns the probability columns
   * @param labels the labels
   */
  public PredictionColumns {
    probabilityColumns = List.copyOf(probabilityColumns);
    labels = List.copyOf(labels);
  }

  /**
   * Finds the columns in a table spec.
   *
   * @param spec the table's spec
   * @param classColumn the name of the class column; blank when the node does not need it
   * @param classRequired whether the class column must be given
   * @param chosen comma-separated probability column names; blank takes every numeric "P (...)"
   *     column
   * @return the columns
   * @throws InvalidSettingsException naming the missing or unsuitable column or setting
   */
  public static PredictionColumns of(
      DataTableSpec spec, String classColumn, boolean classRequired, String chosen)
      throws InvalidSettingsException {
    String cls = classColumn == null || classColumn.isBlank() ? null : classColumn.trim();
    if (cls == null && classRequired) {
      throw new InvalidSettingsException(
          "no class column: choose the column that holds the actual classes");
    }
    if (cls != null) {
      DataColumnSpec column = spec.getColumnSpec(cls);
      if (column == null) {
        throw new InvalidSettingsException(
            "the class column '" + Messages.quoted(cls) + "' is not in the input table");
      }
      if (!column.getType().isCompatible(StringValue.class)) {
        throw new InvalidSettingsException(
            "the class column '"
                + Messages.quoted(cls)
                + "' is not a string column; choose the column of actual class labels (convert"
                + " numbers with Number To String)");
      }
    }
    List<String> names = probabilityColumns(spec, chosen);
    if (names.size() < 2) {
      throw new InvalidSettingsException(
          "found "
              + names.size()
              + " probability column"
              + (names.size() == 1 ? " ('" + Messages.quoted(names.get(0)) + "')" : "")
              + "; name the probability columns of at least two classes");
    }
    List<String> labels = new ArrayList<>();
    for (String name : names) {
      String label = label(name, cls);
      if (labels.contains(label)) {
        throw new InvalidSettingsException(
            "two probability columns stand for the class '" + Messages.quoted(label) + "'");
      }
      labels.add(label);
    }
    return new PredictionColumns(cls, names, labels);
  }

  private static List<String> probabilityColumns(DataTableSpec spec, String chosen)
      throws InvalidSettingsException {
    List<String> names = new ArrayList<>();
    String list = chosen == null ? "" : chosen.trim();
    if (list.isEmpty()) {
      for (DataColumnSpec column : spec) {
        if (column.getName().startsWith(PROBABILITY_PREFIX)
            && column.getType().isCompatible(DoubleValue.class)) {
          names.add(column.getName());
        }
      }
      if (names.isEmpty()) {
        throw new InvalidSettingsException(
            "the input table has no probability column (a numeric column named 'P (...)');"
                + " name the probability columns in the settings");
      }
      return names;
    }
    for (String part : list.split(",")) {
      names.add(checkProbabilityColumn(spec, part.trim()));
    }
    return names;
  }

  /**
   * Checks that a probability column is in a table and numeric.
   *
   * @param spec the table's spec
   * @param name the column's name
   * @return the name
   * @throws InvalidSettingsException naming the column if it is missing or not numeric
   */
  static String checkProbabilityColumn(DataTableSpec spec, String name)
      throws InvalidSettingsException {
    DataColumnSpec found = spec.getColumnSpec(name);
    if (found == null) {
      throw new InvalidSettingsException(
          "the probability column '" + Messages.quoted(name) + "' is not in the input table");
    }
    if (!found.getType().isCompatible(DoubleValue.class)) {
      throw new InvalidSettingsException(
          "the probability column '" + Messages.quoted(name) + "' is not numeric");
    }
    return name;
  }

  /**
   * The class a probability column stands for: {@code good} for "P (class=good)", the column name
   * itself when it does not follow KNIME's pattern.
   *
   * @param column the column name
   * @param classColumn the class column, or {@code null}
   * @return the label
   */
  static String label(String column, String classColumn) {
    if (column.startsWith(PROBABILITY_PREFIX) && column.endsWith(")")) {
      String inner = column.substring(PROBABILITY_PREFIX.length(), column.length() - 1);
      if (classColumn != null && inner.startsWith(classColumn + "=")) {
        return inner.substring(classColumn.length() + 1);
      }
      int eq = inner.indexOf('=');
      if (eq >= 0) {
        return inner.substring(eq + 1);
      }
    }
    return column;
  }
}
