package org.glasswing.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;

/**
 * For a report that leaves the team ({@code --redact}): other rows' values are replaced by their
 * row numbers. A value is matched as it would be shown, so a rounded figure that reads like another
 * row's value is replaced too.
 */
final class Redaction {

  private final Dataset reference;
  private final IntUnaryOperator rowNumber;
  private final Map<Integer, Map<String, Integer>> shownByColumn = new HashMap<>();

  /**
   * Prepares the redaction of values of some rows.
   *
   * @param reference the other rows
   * @param rowNumber maps a reference index to the row number the user knows
   */
  Redaction(Dataset reference, IntUnaryOperator rowNumber) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.rowNumber = Objects.requireNonNull(rowNumber, "rowNumber");
  }

  /**
   * A value as the report may show it.
   *
   * @param column the value's column in the reference schema
   * @param shown how the report would show the value
   * @return {@code shown}, or {@code "as row N"} when row N of the reference shows the same
   */
  String value(int column, String shown) {
    Integer row = shown(column).get(shown);
    return row == null ? shown : "as row " + rowNumber.applyAsInt(row);
  }

  private Map<String, Integer> shown(int column) {
    return shownByColumn.computeIfAbsent(
        column,
        c -> {
          Feature feature = reference.schema().feature(c);
          Map<String, Integer> first = new HashMap<>();
          for (int r = 0; r < reference.numRows(); r++) {
            double v = reference.value(r, c);
            first.putIfAbsent(feature.format(v), r);
            if (!feature.isNominal() && !Double.isNaN(v)) {
              first.putIfAbsent(Numbers.format(v, 4), r);
              first.putIfAbsent(Numbers.format(v), r);
            }
          }
          return first;
        });
  }

  /**
   * The note that stands for a table of other rows' values.
   *
   * @param rows the reference indices whose values are left out
   * @param rowNumber maps a reference index to the row number the user knows
   * @return such as {@code Their values are left out of this report (--redact): rows 3, 17.}
   */
  static String note(List<Integer> rows, IntUnaryOperator rowNumber) {
    return "Their attribute values are left out of this report (redacted); look them up as rows "
        + rows.stream()
            .map(r -> Integer.toString(rowNumber.applyAsInt(r)))
            .collect(Collectors.joining(", "))
        + " of the training data.";
  }
}
