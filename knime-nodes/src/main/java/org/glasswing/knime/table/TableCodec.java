package org.glasswing.knime.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * Encodes the feature columns of KNIME tables as a core {@link Dataset} (missing cells as NaN, a
 * string as the index of its label) and decodes synthetic rows back into cells of the original
 * column types. The labels of a nominal feature are the strings seen in the encoded tables, in
 * order of first appearance; decoding restores the same strings, so a predictor downstream sees
 * only values it was given.
 */
public final class TableCodec {

  private final FeatureColumns columns;
  private final Schema schema;

  private TableCodec(FeatureColumns columns, Schema schema) {
    this.columns = columns;
    this.schema = schema;
  }

  /**
   * A codec for the feature columns, with the labels found in the given tables.
   *
   * @param columns the feature columns
   * @param tables the tables whose strings make up the labels
   * @return the codec
   */
  public static TableCodec of(FeatureColumns columns, List<? extends DataTable> tables) {
    List<Map<String, Integer>> labels = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      labels.add(new LinkedHashMap<>());
    }
    for (DataTable table : tables) {
      int[] index = indices(columns, table.getDataTableSpec());
      for (DataRow row : table) {
        for (int i = 0; i < columns.size(); i++) {
          DataCell cell = row.getCell(index[i]);
          if (columns.nominal().get(i) && !cell.isMissing()) {
            Map<String, Integer> map = labels.get(i);
            map.putIfAbsent(((StringValue) cell).getStringValue(), map.size());
          }
        }
      }
    }
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.specs().get(i).getName();
      features.add(
          columns.nominal().get(i)
              ? Feature.nominal(name, List.copyOf(labels.get(i).keySet()))
              : Feature.numeric(name));
    }
    return new TableCodec(columns, new Schema(features, Schema.NO_TARGET));
  }

  /**
   * The schema: one feature per column, no target.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * Encodes a table's feature columns, found by name.
   *
   * @param table the table; it has every feature column
   * @return the rows, following {@link #schema()}
   */
  public Dataset encode(DataTable table) {
    int[] index = indices(columns, table.getDataTableSpec());
    List<double[]> rows = new ArrayList<>();
    for (DataRow row : table) {
      double[] values = new double[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        DataCell cell = row.getCell(index[i]);
        if (cell.isMissing()) {
          values[i] = Double.NaN;
        } else if (columns.nominal().get(i)) {
          values[i] = schema.feature(i).labels().indexOf(((StringValue) cell).getStringValue());
        } else {
          values[i] = ((DoubleValue) cell).getDoubleValue();
        }
      }
      rows.add(values);
    }
    return new Dataset(schema, rows.toArray(new double[0][]));
  }

  /**
   * The keys of a table's rows, in order.
   *
   * @param table the table
   * @return the keys
   */
  public static List<RowKey> keys(DataTable table) {
    List<RowKey> keys = new ArrayList<>();
    for (DataRow row : table) {
      keys.add(row.getKey());
    }
    return keys;
  }

  /**
   * Decodes one row into cells of the feature columns' types.
   *
   * @param row a row following {@link #schema()}
   * @return one cell per feature column
   */
  public DataCell[] decode(double[] row) {
    DataCell[] cells = new DataCell[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      double value = row[i];
      DataType type = columns.specs().get(i).getType();
      if (Double.isNaN(value)) {
        cells[i] = DataType.getMissingCell();
      } else if (columns.nominal().get(i)) {
        cells[i] = new StringCell(schema.feature(i).labels().get((int) value));
      } else if (type.equals(IntCell.TYPE)) {
        cells[i] = new IntCell((int) value);
      } else {
        cells[i] = new DoubleCell(value);
      }
    }
    return cells;
  }

  /**
   * The spec of the decoded rows: the feature columns, numeric ones other than integers as doubles.
   *
   * @param columns the feature columns
   * @return the spec
   */
  public static DataTableSpec decodedSpec(FeatureColumns columns) {
    String[] names = columns.names().toArray(new String[0]);
    DataType[] types = new DataType[names.length];
    for (int i = 0; i < names.length; i++) {
      DataType type = columns.specs().get(i).getType();
      types[i] =
          columns.nominal().get(i)
              ? StringCell.TYPE
              : type.equals(IntCell.TYPE) ? IntCell.TYPE : DoubleCell.TYPE;
    }
    return new DataTableSpec(names, types);
  }

  private static int[] indices(FeatureColumns columns, DataTableSpec spec) {
    int[] index = new int[columns.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = spec.findColumnIndex(columns.specs().get(i).getName());
      if (index[i] < 0) {
        throw new IllegalArgumentException(
            "the table has no column '" + Messages.quoted(columns.specs().get(i).getName()) + "'");
      }
    }
    return index;
  }
}
