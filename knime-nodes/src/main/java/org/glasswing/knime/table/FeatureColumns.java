package org.glasswing.knime.table;

import java.util.ArrayList;
import java.util.List;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;

/**
 * The feature columns of a table: every column, each numeric (a {@link DoubleValue}) or nominal (a
 * {@link StringValue}), in table order.
 *
 * @param specs the columns
 * @param nominal for each column, whether it is nominal
 */
public record FeatureColumns(List<DataColumnSpec> specs, List<Boolean> nominal) {

  /**
   * Copies the lists.
   *
   * @param specs the columns
   * @param nominal for each column, whether it is nominal
   */
  public FeatureColumns {
    specs = List.copyOf(specs);
    nominal = List.copyOf(nominal);
  }

  /**
   * Reads the feature columns of a table.
   *
   * @param spec the table's spec
   * @param what how the table is called in messages, such as "the explained table (port 1)"
   * @return the columns
   * @throws InvalidSettingsException if the table has no column or a column of another type
   */
  public static FeatureColumns of(DataTableSpec spec, String what) throws InvalidSettingsException {
    if (spec.getNumColumns() == 0) {
      throw new InvalidSettingsException(what + " has no columns to explain");
    }
    List<DataColumnSpec> specs = new ArrayList<>();
    List<Boolean> nominal = new ArrayList<>();
    for (DataColumnSpec column : spec) {
      DataType type = column.getType();
      if (type.isCompatible(DoubleValue.class)) {
        nominal.add(false);
      } else if (type.isCompatible(StringValue.class)) {
        nominal.add(true);
      } else {
        throw new InvalidSettingsException(
            "column '"
                + Messages.quoted(column.getName())
                + "' of "
                + what
                + " is of type "
                + type.getName()
                + "; only numeric and string columns can be features (remove it with a Column"
                + " Filter)");
      }
      specs.add(column);
    }
    return new FeatureColumns(specs, nominal);
  }

  /**
   * Checks that another table (the background) has every feature column with the same kind, the
   * columns being those of the explained table.
   *
   * @param other the other table's spec
   * @param what how the other table is called in messages
   * @throws InvalidSettingsException naming the first column that is missing or of another kind
   */
  public void checkPresentIn(DataTableSpec other, String what) throws InvalidSettingsException {
    checkPresentIn(other, what, "the explained table");
  }

  /**
   * Checks that another table has every feature column with the same kind.
   *
   * @param other the other table's spec
   * @param what how the other table is called in messages
   * @param source how the table the columns come from is called, such as "the training table"
   * @throws InvalidSettingsException naming the first column that is missing or of another kind
   */
  public void checkPresentIn(DataTableSpec other, String what, String source)
      throws InvalidSettingsException {
    for (int i = 0; i < specs.size(); i++) {
      String name = specs.get(i).getName();
      DataColumnSpec column = other.getColumnSpec(name);
      if (column == null) {
        throw new InvalidSettingsException(
            what
                + " has no column '"
                + Messages.quoted(name)
                + "'; it needs "
                + possessive(source)
                + " columns");
      }
      boolean otherNominal = !column.getType().isCompatible(DoubleValue.class);
      if (otherNominal != nominal.get(i)
          || (otherNominal && !column.getType().isCompatible(StringValue.class))) {
        throw new InvalidSettingsException(
            "column '"
                + Messages.quoted(name)
                + "' is "
                + (nominal.get(i) ? "a string" : "numeric")
                + " column in "
                + source
                + " but of type "
                + column.getType().getName()
                + " in "
                + what);
      }
    }
  }

  private static String possessive(String table) {
    return table.endsWith(")") ? table.substring(0, table.lastIndexOf(" (")) + "'s" : table + "'s";
  }

  /**
   * The spec of a table holding just the feature columns.
   *
   * @return the spec
   */
  public DataTableSpec tableSpec() {
    return new DataTableSpec(specs.toArray(new DataColumnSpec[0]));
  }

  /**
   * The number of feature columns.
   *
   * @return the count
   */
  public int size() {
    return specs.size();
  }

  /**
   * The names of the feature columns.
   *
   * @return the names in order
   */
  public List<String> names() {
    return specs.stream().map(DataColumnSpec::getName).toList();
  }
}
