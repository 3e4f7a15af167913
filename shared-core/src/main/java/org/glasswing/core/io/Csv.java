package org.glasswing.core.io;

/** Quoting of CSV fields as RFC 4180 asks. */
public final class Csv {

  private Csv() {}

  /**
   * Quotes a field when it holds a comma, a quote or a line break.
   *
   * @param field the raw text
   * @return the text as it stands in a CSV file
   */
  public static String field(String field) {
    boolean plain =
        field.indexOf(',') < 0
            && field.indexOf('"') < 0
            && field.indexOf('\n') < 0
            && field.indexOf('\r') < 0;
    return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * Prints a number with the {@link Rounding#inEffect() rounding in effect}: by default in full, so
   * that it reads back to the same double; empty for NaN.
   *
   * @param value the number
   * @return the text
   */
  public static String number(double value) {
    return Rounding.inEffect().format(value);
  }
}
