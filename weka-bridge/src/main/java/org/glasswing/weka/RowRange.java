package org.glasswing.weka;

import java.util.BitSet;
import java.util.Locale;

/**
 * Parses a row range written the way Weka writes ranges: 1-based row numbers and spans separated by
 * commas, where {@code first} and {@code last} stand for the first and last row, such as {@code
 * 1-10,15}, {@code first}, {@code last} or {@code first-last}.
 */
public final class RowRange {

  private RowRange() {}

  /**
   * The rows a range selects.
   *
   * @param spec the range, such as {@code 1-10,15}
   * @param rowCount the number of rows in the data, at least 1
   * @return the 0-based row indices, ascending, without duplicates
   * @throws UserInputException if the spec cannot be read, runs backwards, or names a row outside
   *     the data
   */
  public static int[] parse(String spec, int rowCount) {
    if (spec == null || spec.isBlank()) {
      throw new UserInputException("--rows is empty; give rows such as 1-10,15 or first-last");
    }
    BitSet selected = new BitSet(rowCount);
    for (String part : spec.split(",", -1)) {
      String token = part.trim();
      int dash = token.indexOf('-', 1);
      int from;
      int to;
      if (dash < 0) {
        from = number(token, rowCount, spec);
        to = from;
      } else {
        from = number(token.substring(0, dash).trim(), rowCount, spec);
        to = number(token.substring(dash + 1).trim(), rowCount, spec);
      }
      if (from < 1 || to < 1 || from > rowCount || to > rowCount) {
        throw new UserInputException(
            "--rows "
                + token
                + " is out of range: the data has "
                + rowCount
                + (rowCount == 1 ? " row" : " rows"));
      }
      if (from > to) {
        throw new UserInputException(
            "--rows " + token + " runs backwards; write the smaller row number first");
      }
      selected.set(from - 1, to);
    }
    return selected.stream().toArray();
  }

  /**
   * The default range {@code 1-limit}, cut to the data.
   *
   * @param limit the most rows to select
   * @param rowCount the number of rows in the data
   * @return the indices 0 to {@code min(limit, rowCount) - 1}
   */
  public static int[] firstRows(int limit, int rowCount) {
    return java.util.stream.IntStream.range(0, Math.min(limit, rowCount)).toArray();
  }

  private static int number(String text, int rowCount, String spec) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "first":
        return 1;
      case "last":
        return rowCount;
      default:
        try {
          return Integer.parseInt(text);
        } catch (NumberFormatException e) {
          throw new UserInputException(
              "--rows '"
                  + spec
                  + "' is not a row range; write 1-based rows such as 1-10,15 or first-last",
              e);
        }
    }
  }
}
