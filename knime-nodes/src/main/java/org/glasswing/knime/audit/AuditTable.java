package org.glasswing.knime.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.StringValue;
import org.knime.core.node.InvalidSettingsException;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The audited table as Weka rows: every column but the class is a feature (numeric or string, as
 * the other nodes read them, through {@link TableCodec}), and the class column comes last, nominal
 * for a string column (its labels in order of first appearance) and numeric for a number column. A
 * row the audit asks predictions for decodes back into cells of the feature columns, so the user's
 * predictor sees the table's own types and labels.
 */
final class AuditTable {

  /** How messages name the input table. */
  static final String INPUT = "the audited table (port 1)";

  private final FeatureColumns features;
  private final TableCodec codec;
  private final Instances instances;

  private AuditTable(FeatureColumns features, TableCodec codec, Instances instances) {
    this.features = features;
    this.codec = codec;
    this.instances = instances;
  }

  /**
   * The class column of a table, as chosen.
   *
   * @param spec the table's spec
   * @param chosen the setting; empty for the last column
   * @return the column
   * @throws InvalidSettingsException if the column is missing or neither numeric nor string
   */
  static DataColumnSpec classColumn(DataTableSpec spec, String chosen)
      throws InvalidSettingsException {
    if (spec.getNumColumns() < 2) {
      throw new InvalidSettingsException(
          INPUT + " needs a class column and at least one feature column");
    }
    String name =
        chosen.isBlank() ? spec.getColumnSpec(spec.getNumColumns() - 1).getName() : chosen;
    DataColumnSpec column = spec.getColumnSpec(name);
    if (column == null) {
      throw new InvalidSettingsException(
          INPUT
              + " has no column '"
              + Messages.quoted(name)
              + "' (the setting '"
              + AuditSettings.CLASS_COLUMN
              + "'); choose the class column in the node's dialog");
    }
    if (!column.getType().isCompatible(DoubleValue.class)
        && !column.getType().isCompatible(StringValue.class)) {
      throw new InvalidSettingsException(
          "the class column '"
              + Messages.quoted(name)
              + "' is of type "
              + column.getType().getName()
              + "; it must hold strings (classification) or numbers (regression)");
    }
    return column;
  }

  /**
   * The feature columns: every column but the class.
   *
   * @param spec the table's spec
   * @param classColumn the class column
   * @return the features
   * @throws InvalidSettingsException naming a column of another type
   */
  static FeatureColumns features(DataTableSpec spec, DataColumnSpec classColumn)
      throws InvalidSettingsException {
    List<DataColumnSpec> others = new ArrayList<>();
    for (DataColumnSpec column : spec) {
      if (!column.getName().equals(classColumn.getName())) {
        others.add(column);
      }
    }
    return FeatureColumns.of(new DataTableSpec(others.toArray(new DataColumnSpec[0])), INPUT);
  }

  /**
   * Reads a table.
   *
   * @param table the table
   * @param chosenClass the class column setting
   * @param name the relation name the report shows
   * @return the rows
   * @throws InvalidSettingsException if the table has no rows, a missing class or bad columns
   */
  static AuditTable read(DataTable table, String chosenClass, String name)
      throws InvalidSettingsException {
    DataTableSpec spec = table.getDataTableSpec();
    DataColumnSpec target = classColumn(spec, chosenClass);
    FeatureColumns features = features(spec, target);
    TableCodec codec = TableCodec.of(features, List.of(table));
    Dataset encoded = codec.encode(table);
    if (encoded.numRows() == 0) {
      throw new InvalidSettingsException(INPUT + " has no rows to audit");
    }
    int classIndex = spec.findColumnIndex(target.getName());
    boolean nominal = !target.getType().isCompatible(DoubleValue.class);
    List<DataCell> classes = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    int r = 0;
    for (DataRow row : table) {
      DataCell cell = row.getCell(classIndex);
      r++;
      if (cell.isMissing()) {
        throw new InvalidSettingsException(
            "row "
                + r
                + " ('"
                + Messages.quoted(row.getKey())
                + "') has no class in the column '"
                + Messages.quoted(target.getName())
                + "'; remove such rows (Missing Value or Row Filter) before auditing");
      }
      classes.add(cell);
      if (nominal) {
        labels.add(((StringValue) cell).getStringValue());
      }
    }
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int f = 0; f < features.size(); f++) {
      Feature feature = codec.schema().feature(f);
      attributes.add(
          feature.isNominal()
              ? new Attribute(feature.name(), new ArrayList<>(feature.labels()))
              : new Attribute(feature.name()));
    }
    attributes.add(
        nominal
            ? new Attribute(target.getName(), new ArrayList<>(labels))
            : new Attribute(target.getName()));
    Instances instances = new Instances(name, attributes, encoded.numRows());
    instances.setClassIndex(features.size());
    List<String> labelList = List.copyOf(labels);
    for (int i = 0; i < encoded.numRows(); i++) {
      double[] values = java.util.Arrays.copyOf(encoded.row(i), features.size() + 1);
      DataCell cell = classes.get(i);
      values[features.size()] =
          nominal
              ? labelList.indexOf(((StringValue) cell).getStringValue())
              : ((DoubleValue) cell).getDoubleValue();
      instances.add(new DenseInstance(1, values));
    }
    return new AuditTable(features, codec, instances);
  }

  /**
   * The rows with the class last.
   *
   * @return a copy
   */
  Instances instances() {
    return new Instances(instances);
  }

  /**
   * The class attribute.
   *
   * @return the class, last of the rows' attributes
   */
  Attribute classAttribute() {
    return instances.classAttribute();
  }

  /**
   * The spec of the rows sent to the predictor: the feature columns.
   *
   * @return the spec
   */
  DataTableSpec requestSpec() {
    return TableCodec.decodedSpec(features);
  }

  /**
   * Decodes a row the audit asks about into cells of the feature columns.
   *
   * @param row the Weka values, the class last (ignored)
   * @return the cells
   */
  DataCell[] decode(double[] row) {
    return codec.decode(java.util.Arrays.copyOf(row, features.size()));
  }
}
