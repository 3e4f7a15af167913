package org.glasswing.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prints numbers for people: a few significant digits, counts without decimals, percentages. */
public final class Numbers {

  /** The text printed for a number that is not there ({@code NaN}). */
  public static final String NONE = "–";

  private Numbers() {}

  /**
   * Prints a number with three significant digits, keeping every digit before the decimal point and
   * at most six after it: {@code 0.823}, {@code 12.3}, {@code 1234}, {@code 0.00412}.
   *
   * @param value the number
   * @return the text; {@value #NONE} for {@code NaN}
   */
  public static String format(double value) {
    if (Double.isNaN(value)) {
      return NONE;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "−∞";
    }
    if (value == 0) {
      return "0";
    }
    int integerDigits = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
    int decimals = Math.max(0, Math.min(6, 3 - integerDigits));
    String text =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
  }

  /**
   * Prints a number as {@link #format(double)} does, with a plus sign when positive.
   *
   * @param value the number
   * @return such as {@code +0.12} or {@code -0.05}
   */
  public static String signed(double value) {
    String text = format(value);
    return value > 0 && !text.equals("0") && !text.startsWith("+") ? "+" + text : text;
  }

  /**
   * Prints a count: without decimals when whole (Weka counts may be weighted, hence fractional).
   *
   * @param value the count
   * @return such as {@code 700} or {@code 12.5}
   */
  public static String count(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Prints a fraction as a percentage with one decimal.
   *
   * @param fraction the fraction, such as 0.823
   * @return such as {@code 82.3%}
   */
  public static String percent(double fraction) {
    if (Double.isNaN(fraction)) {
      return NONE;
    }
    return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }
}
