package org.glasswing.weka.input;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Builds Weka data from a {@link CsvTable} as Weka's CSVLoader types it: a column is numeric when
 * every value is a number, nominal otherwise, with its labels in the order they first appear; an
 * empty field or {@code ?} is missing.
 *
 * <p>Decimal commas: in a semicolon- or tab-separated file, a column whose values are all numbers
 * written with a decimal comma ({@code 3,5}) or integers is read as numeric, with a note naming the
 * columns. A column that mixes decimal commas with other values is read as nominal, with a note
 * that says so. In a comma-separated file a comma is never a decimal mark.
 */
public final class CsvInstances {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");
  private static final Pattern INFINITY =
      Pattern.compile("[+-]?(inf|infinity)", Pattern.CASE_INSENSITIVE);

  private CsvInstances() {}

  /**
   * Types the columns and builds the data.
   *
   * @param table the cells
   * @param name the file's name, for the relation and for notes
   * @param reading where notes about decimal commas go
   * @return the data, without a class index
   */
  public static Instances build(CsvTable table, String name, DataReading reading) {
    int columns = table.names().size();
    ArrayList<Attribute> attributes = new ArrayList<>(columns);
    Kind[] kinds = new Kind[columns];
    List<String> commaColumns = new ArrayList<>();
    List<String> mixedColumns = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      kinds[c] = kind(table, c);
      String column = table.names().get(c);
      if (kinds[c] == Kind.COMMA_NUMERIC) {
        commaColumns.add(column);
      } else if (kinds[c] == Kind.NOMINAL && table.delimiter() != ',' && hasCommaNumber(table, c)) {
        mixedColumns.add(column);
      }
      attributes.add(
          kinds[c] == Kind.NOMINAL
              ? new Attribute(column, new ArrayList<>(labels(table, c)))
              : new Attribute(column));
    }
    if (!commaColumns.isEmpty()) {
      reading.note(
          "reading the decimal commas of "
              + name
              + " as decimal points (columns "
              + String.join(", ", commaColumns)
              + ")");
    }
    if (!mixedColumns.isEmpty()) {
      reading.note(
          "columns "
              + String.join(", ", mixedColumns)
              + " of "
              + name
              + " mix decimal-comma numbers with other values and are read as nominal");
    }
    Instances data = new Instances(relation(name), attributes, table.rows().size());
    for (List<String> row : table.rows()) {
      double[] values = new double[columns];
      for (int c = 0; c < columns; c++) {
        values[c] = value(row.get(c), kinds[c], attributes.get(c));
      }
      data.add(new DenseInstance(1.0, values));
    }
    return data;
  }

  private enum Kind {
    NUMERIC,
    COMMA_NUMERIC,
    NOMINAL
  }

  private static Kind kind(CsvTable table, int column) {
    boolean numeric = true;
    boolean comma = table.delimiter() != ',';
    boolean anyComma = false;
    boolean any = false;
    for (List<String> row : table.rows()) {
      String value = row.get(column);
      if (isMissing(value)) {
        continue;
      }
      any = true;
      boolean plain = isNumber(value);
      boolean withComma = COMMA_NUMBER.matcher(value).matches();
      anyComma |= withComma;
      numeric &= plain;
      comma &= withComma || (plain && value.indexOf('.') < 0);
    }
    if (!any || numeric) {
      return Kind.NUMERIC;
    }
    return comma && anyComma ? Kind.COMMA_NUMERIC : Kind.NOMINAL;
  }

  private static boolean hasCommaNumber(CsvTable table, int column) {
    return table.rows().stream().anyMatch(r -> COMMA_NUMBER.matcher(r.get(column)).matches());
  }

  private static Set<String> labels(CsvTable table, int column) {
    Set<String> labels = new LinkedHashSet<>();
    for (List<String> row : table.rows()) {
      if (!isMissing(row.get(column))) {
        labels.add(row.get(column));
      }
    }
    return labels;
  }

  private static double value(String text, Kind kind, Attribute attribute) {
    if (isMissing(text)) {
      return weka.core.Utils.missingValue();
    }
    return switch (kind) {
      case NOMINAL -> attribute.indexOfValue(text);
      case COMMA_NUMERIC -> number(text.replace(',', '.'));
      case NUMERIC -> number(text);
    };
  }

  private static boolean isMissing(String value) {
    return value.isEmpty() || "?".equals(value);
  }

  private static boolean isNumber(String value) {
    return NUMBER.matcher(value).matches()
        || INFINITY.matcher(value).matches()
        || "nan".equals(value.toLowerCase(Locale.ROOT));
  }

  private static double number(String text) {
    if (INFINITY.matcher(text).matches()) {
      return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(text);
  }

  private static String relation(String name) {
    int dot = name.toLowerCase(Locale.ROOT).indexOf(".csv");
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
