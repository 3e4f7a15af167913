package org.glasswing.core.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable table of rows that follow a {@link Schema}. Values are doubles: {@code NaN} is a
 * missing value and a nominal value is the index of its label.
 */
public final class Dataset {

  private final Schema schema;
  private final double[][] rows;

  /**
   * Creates a dataset, copying the rows.
   *
   * @param schema the columns
   * @param rows the rows; each must have {@code schema.size()} values
   */
  public Dataset(Schema schema, double[][] rows) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.rows = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != schema.size()) {
        throw new IllegalArgumentException(
            "row "
                + (r + 1)
                + " has "
                + rows[r].length
                + " values but the schema has "
                + schema.size()
                + " columns");
      }
      this.rows[r] = rows[r].clone();
      checkNominalCodes(r);
    }
  }

  private void checkNominalCodes(int r) {
    for (int c = 0; c < schema.size(); c++) {
      Feature feature = schema.feature(c);
      double value = rows[r][c];
      if (feature.isNominal() && !Double.isNaN(value)) {
        int index = (int) value;
        if (index != value || index < 0 || index >= feature.labels().size()) {
          throw new IllegalArgumentException(
              "row "
                  + (r + 1)
                  + ": "
                  + value
                  + " is not a label index of nominal column '"
                  + feature.name()
                  + "'");
        }
      }
    }
  }

  /**
   * The columns.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int numRows() {
    return rows.length;
  }

  /**
   * Whether the dataset has no rows.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return rows.length == 0;
  }

  /**
   * One value.
   *
   * @param row the row index
   * @param column the column index
   * @return the encoded value
   */
  public double value(int row, int column) {
    return rows[row][column];
  }

  /**
   * A copy of one row.
   *
   * @param row the row index
   * @return a fresh array of {@code schema().size()} values
   */
  public double[] row(int row) {
    return rows[row].clone();
  }

  /**
   * A copy of all rows.
   *
   * @return fresh arrays, one per row
   */
  public double[][] rows() {
    double[][] copy = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      copy[r] = rows[r].clone();
    }
    return copy;
  }

  /**
   * A copy of one column.
   *
   * @param column the column index
   * @return the values of that column, one per row
   */
  public double[] column(int column) {
    double[] values = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      values[r] = rows[r][column];
    }
    return values;
  }

  /**
   * The rows at some indices, in the given order.
   *
   * @param indices row indices; repeats are allowed
   * @return a new dataset with the same schema
   */
  public Dataset select(int[] indices) {
    double[][] selected = new double[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      selected[i] = rows[indices[i]];
    }
    return new Dataset(schema, selected);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset other
        && schema.equals(other.schema)
        && Arrays.deepEquals(rows, other.rows);
  }

  @Override
  public int hashCode() {
    return 31 * schema.hashCode() + Arrays.deepHashCode(rows);
  }

  @Override
  public String toString() {
    return "Dataset(" + rows.length + " rows, " + schema + ")";
  }
}
