package org.glasswing.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prints numbers for people: a few significant digits, counts without decimals, percentages. */
public final class Numbers {

  /** The text printed for a number that is not there ({@code NaN}). */
  public static final String NONE = "–";

  private Numbers() {}

  /**
   * Prints a number with three significant digits, keeping every digit before the decimal point, at
   * most six after it and no trailing zeros: {@code 0.823}, {@code 0.7}, {@code 12.3}, {@code
   * 1234}, {@code 0.00412}.
   *
   * @param value the number
   * @return the text; {@value #NONE} for {@code NaN}
   */
  public static String format(double value) {
    return format(value, 3);
  }

  /**
   * Prints a number with some significant digits, keeping every digit before the decimal point, at
   * most six after it and no trailing zeros.
   *
   * @param value the number
   * @param significant how many significant digits to keep, at least 1
   * @return the text; {@value #NONE} for {@code NaN}
   */
  public static String format(double value, int significant) {
    if (significant < 1) {
      throw new IllegalArgumentException("significant digits must be at least 1");
    }
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
    int decimals = Math.max(0, Math.min(6, significant - integerDigits));
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (decimals > 0) {
      rounded = rounded.stripTrailingZeros();
      if (rounded.scale() < 0) {
        rounded = rounded.setScale(0);
      }
    }
    String text = rounded.toPlainString();
    return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
  }

  /**
   * Prints a number as {@link #format(double)} does, with a plus sign when positive.
   *
   * @param value the number
   * @return such as {@code +0.12} or {@code -0.05}
   */
  public static String signed(double value) {
    return signed(value, 3);
  }

  /**
   * Prints a number as {@link #format(double, int)} does, with a plus sign when positive.
   *
   * @param value the number
   * @param significant how many significant digits to keep, at least 1
   * @return such as {@code +0.12} or {@code -0.05}
   */
  public static String signed(double value, int significant) {
    String text = format(value, significant);
    return value > 0 && !text.equals("0") ? "+" + text : text;
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
